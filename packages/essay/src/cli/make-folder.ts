import {mkdir, stat} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'

/** A folder that could not be created: which one, and why (a code, or the file in the way). */
export class FolderError extends Error {
  constructor(
    readonly folder: string,
    readonly reason: {code: string} | {fileInTheWay: string},
  ) {
    super(`cannot create the folder ${folder}`)
  }
}

/**
 * Create `folder` and its missing parents, one `mkdir` each. Not `mkdir({recursive: true})`:
 * under /proc that never settles in Node 20 (it spins at 100 % CPU), because procfs answers
 * ENOENT for a folder whose parent exists. Here each missing folder is tried once, so anything
 * that cannot hold folders fails at once.
 */
export async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = []
  let current = resolve(folder)
  for (;;) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      // ENOTDIR: a file further up is in the way; going up finds it.
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
      throw new FolderError(current, {code: error.code ?? String(error)})
    })
    if (info?.isDirectory()) break
    if (info) throw new FolderError(resolve(folder), {fileInTheWay: current})
    missing.push(current)
    const parent = dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const path of missing.reverse()) {
    try {
      await mkdir(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error)
      // Another process may have made it meanwhile: that is what was wanted.
      if (code === 'EEXIST' && (await stat(path).catch(() => undefined))?.isDirectory()) continue
      throw new FolderError(path, {code})
    }
  }
}
