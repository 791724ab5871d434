import type {BigIntStats} from 'node:fs'
import {fstatSync, realpathSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'

/**
 * Which file a path leads to: device and inode. Two paths are one file when these match, however
 * they are spelt: `Notes.json` and `notes.json` on a case-insensitive disk, the two Unicode
 * forms of `café` on macOS, a hard link, a folder reached through a link. Comparing identities
 * asks the file system itself, instead of guessing its rules from names.
 *
 * Some file systems give no inode numbers (0: some FUSE and network mounts). There the identity
 * is the real path, in one Unicode form and one case: it may take two files for one on a
 * case-sensitive disk, and then the CLI refuses to write rather than risk the other.
 */
export type FileIdentity = string

export function identityOf(info: BigIntStats, path: string): FileIdentity {
  return info.ino === 0n ? `path:${canonicalPath(path)}` : `${info.dev}:${info.ino}`
}

/** The identity of the file at `path` (links followed), if it exists. */
export async function identityAt(path: string): Promise<FileIdentity | undefined> {
  const info = await stat(path, {bigint: true}).catch(() => undefined)
  return info?.isFile() ? identityOf(info, path) : undefined
}

/** The identity of the file standard input was redirected from (`< file`), if it is one. */
export function identityOfDescriptor(fd: number | undefined): FileIdentity | undefined {
  if (fd === undefined) return undefined
  try {
    const info = fstatSync(fd, {bigint: true})
    if (!info.isFile()) return undefined
    // Without an inode number, where the descriptor leads is all there is to compare.
    return identityOf(info, info.ino === 0n ? realpathSync(`/proc/self/fd/${fd}`) : '')
  } catch {
    return undefined
  }
}

/** `path` with its folder's links resolved, in NFC and lower case. */
function canonicalPath(path: string): string {
  const absolute = resolve(path)
  let real: string
  try {
    real = realpathSync.native(absolute)
  } catch {
    // Not there yet (an output about to be written): its folder's real path and its name.
    try {
      real = join(realpathSync.native(dirname(absolute)), basename(absolute))
    } catch {
      real = absolute
    }
  }
  return real.normalize('NFC').toLowerCase()
}
