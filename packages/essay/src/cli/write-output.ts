import {randomBytes} from 'node:crypto'
import {open, rename, unlink} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {type FileIdentity, identityOf} from './file-identity.js'
import {makeFolder} from './make-folder.js'
import {releaseTemporaryFile, trackTemporaryFile} from './temporary-files.js'

/**
 * Write `content` to `path` through a temporary file in the same folder, renamed into place
 * once complete: an interrupted or failed write (a full disk) leaves the old file as it was,
 * never half a file. Resolves to the identity of the file written.
 */
export async function writeFileAtomically(path: string, content: string): Promise<FileIdentity> {
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
      await handle.writeFile(content)
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
