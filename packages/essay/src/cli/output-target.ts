import {type BigIntStats, constants} from 'node:fs'
import {lstat, open} from 'node:fs/promises'
import {type FileIdentity, identityOf} from './file-identity.js'
import {hasGeneratorMark, markLength} from './render-output.js'

/** What is at an output's path now, and so whether the CLI may replace or remove it. */
export type OutputTarget =
  /** Nothing: the output can be written. */
  | {state: 'missing'}
  /** An output of an earlier run, marked as such: it may be replaced, or removed when stale. */
  | {state: 'earlier-output'}
  /** One of this run's inputs (or a link to one): never touched. */
  | {state: 'input'; input: string; identity: FileIdentity}
  /** What this run has just written for another input: never touched. */
  | {state: 'this-run'; input: string}
  /** Anything else: a file without the mark, a link, a folder… Never touched. */
  | {state: 'not-ours'; what: 'file' | 'link' | 'folder' | 'special' | 'unreadable'}

/** Files the CLI must not touch, by identity, with the input each belongs to. */
export interface KnownFiles {
  inputs: ReadonlyMap<FileIdentity, string>
  written: ReadonlyMap<FileIdentity, string>
}

/**
 * Look at what is at `path` before touching it. Errors other than "nothing there" are thrown:
 * the output cannot be written then either.
 */
export async function inspectOutput(path: string, known: KnownFiles): Promise<OutputTarget> {
  let info: BigIntStats
  try {
    info = await lstat(path, {bigint: true})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return {state: 'missing'}
    throw error
  }
  // A link is the user's, even when it points to a file tsuzuri wrote: renaming over it would
  // replace the link itself.
  if (info.isSymbolicLink()) return {state: 'not-ours', what: 'link'}
  if (info.isDirectory()) return {state: 'not-ours', what: 'folder'}
  if (!info.isFile()) return {state: 'not-ours', what: 'special'}
  const identity = identityOf(info, path)
  const input = known.inputs.get(identity)
  if (input) return {state: 'input', input, identity}
  const written = known.written.get(identity)
  if (written) return {state: 'this-run', input: written}
  const start = await readStart(path)
  if (start === undefined) return {state: 'not-ours', what: 'unreadable'}
  return hasGeneratorMark(start) ? {state: 'earlier-output'} : {state: 'not-ours', what: 'file'}
}

/** The first bytes of a file, as text; undefined when it cannot be read. */
export async function readStart(path: string): Promise<string | undefined> {
  // Without waiting, in case the path turned into a pipe since it was looked at.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(
    () => undefined,
  )
  if (!handle) return undefined
  try {
    const buffer = Buffer.alloc(markLength)
    const {bytesRead} = await handle.read(buffer, 0, markLength, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } catch {
    return undefined
  } finally {
    handle.close().catch(() => {})
  }
}
