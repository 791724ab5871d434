import type {BigIntStats} from 'node:fs'
import {fstatSync} from 'node:fs'
import {stat} from 'node:fs/promises'

/**
 * Which file a path leads to: device and inode. Two paths are one file when these match, however
 * they are spelt: `Notes.json` and `notes.json` on a case-insensitive disk, the two Unicode
 * forms of `café` on macOS, a hard link, a folder reached through a link. Comparing identities
 * asks the file system itself, instead of guessing its rules from names.
 */
export type FileIdentity = string

export function identityOf(info: BigIntStats): FileIdentity | undefined {
  // Some file systems give no inode numbers: nothing to compare then.
  return info.ino === 0n ? undefined : `${info.dev}:${info.ino}`
}

/** The identity of the file at `path` (links followed), if it exists. */
export async function identityAt(path: string): Promise<FileIdentity | undefined> {
  const info = await stat(path, {bigint: true}).catch(() => undefined)
  return info?.isFile() ? identityOf(info) : undefined
}

/** The identity of the file standard input was redirected from (`< file`), if it is one. */
export function identityOfDescriptor(fd: number | undefined): FileIdentity | undefined {
  if (fd === undefined) return undefined
  try {
    const info = fstatSync(fd, {bigint: true})
    return info.isFile() ? identityOf(info) : undefined
  } catch {
    return undefined
  }
}
