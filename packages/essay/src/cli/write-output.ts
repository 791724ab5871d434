import {randomBytes} from 'node:crypto'
import {type FileHandle, open, rename, unlink} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {type FileIdentity, identityOf} from './file-identity.js'
import {makeFolder} from './make-folder.js'
import {releaseTemporaryFile, trackTemporaryFile} from './temporary-files.js'

/**
 * Write `content` to `path` through a temporary file in the same folder, renamed into place
 * once complete: an interrupted or failed write (a full disk) leaves the old file as it was,
 * never half a file. `content` may come in pieces (a collection too large to hold whole).
 * Resolves to the identity of the file written.
 */
export async function writeFileAtomically(
  path: string,
  content: string | AsyncIterable<string>,
): Promise<FileIdentity> {
  const folder = dirname(path)
  await makeFolder(folder)
  // A short random name: never someone else's file (it is created exclusively), never too
  // long, hidden from folder listings and from the CLI's own folder walk.
  const temporary = join(folder, `.tsuzuri-${randomBytes(6).toString('hex')}.tmp`)
  trackTemporaryFile(temporary)
  try {
    let identity: FileIdentity | undefined
    const handle = await open(temporary, 'wx')
    try {
      if (typeof content === 'string') await handle.writeFile(content)
      else await writeChunks(handle, content)
      // Without inode numbers the identity is the path: the one it is renamed to.
      identity = identityOf(await handle.stat({bigint: true}), path)
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
    return identity
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  } finally {
    releaseTemporaryFile(temporary)
  }
}

/** Pieces written about 64 kB at a time: one system call per essay line would be slow. */
async function writeChunks(handle: FileHandle, content: AsyncIterable<string>) {
  let buffered: string[] = []
  let length = 0
  for await (const chunk of content) {
    buffered.push(chunk)
    length += chunk.length
    if (length >= 65_536) {
      await handle.write(buffered.join(''))
      buffered = []
      length = 0
    }
  }
  if (length > 0) await handle.write(buffered.join(''))
}
