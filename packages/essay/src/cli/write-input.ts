import {unlink} from 'node:fs/promises'
import {resolve} from 'node:path'
import {EssayError} from '../lib/errors.js'
import type {EssayWarning} from '../lib/types.js'
import {displayPath, type InputFile} from './collect-inputs.js'
import {type FileIdentity, identityAt, identityOfDescriptor} from './file-identity.js'
import {FolderError} from './make-folder.js'
import {inspectOutput, type KnownFiles, type OutputTarget} from './output-target.js'
import {InputError} from './read-input.js'
import {writeFileAtomically} from './write-output.js'

/** One input that failed, with the line that says why (after `tsuzuri: [n/total] `). */
export class FailedInput extends Error {}

/**
 * The output an input would get says it is up to date (`output` undefined), but the file at its
 * path is not that output any more: produce it again, in full.
 */
export class StaleOutput extends Error {}

/** What reading and parsing one input gave. */
export interface Produced {
  warnings: readonly EssayWarning[]
  /** The file to write; `undefined` when the output at its path already holds exactly this. */
  output: string | undefined
}

/** The result of some work, or the error it threw. */
export type Outcome<T> = {ok: true; value: T} | {ok: false; error: unknown}

export async function settle<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return {ok: true, value: await work()}
  } catch (error) {
    return {ok: false, error}
  }
}

/** What writing outputs needs to know of the run. */
export interface WriteRun {
  cwd: string
  known: KnownFiles & {written: Map<FileIdentity, string>}
  /** Print one line on standard error, made printable. */
  say: (line: string) => void
  quiet: boolean
}

/**
 * Write one input's output (or report its failure), touching only what the CLI wrote: an earlier
 * output is replaced (or removed when the input fails now) only when it carries the CLI's mark,
 * never when it is an input or this run's output for another input, never when the new one
 * cannot be written. Throws `FailedInput`, and `StaleOutput` (see there).
 */
export async function writeOutput<T extends Produced>(
  input: InputFile,
  identity: FileIdentity | undefined,
  outputPath: string,
  run: WriteRun,
  progress: (line: string) => void,
  outcome: Outcome<T>,
): Promise<T> {
  const shown = displayPath(run.cwd, outputPath)
  let target: OutputTarget
  try {
    target = await inspectOutput(outputPath, run.known)
  } catch (error) {
    if (!outcome.ok) throw new FailedInput(describeInputError(input, outcome.error))
    throw new FailedInput(`${input.path}: ${describeWriteError(error, shown, run.cwd)}`)
  }
  if (!outcome.ok) {
    // An earlier output would pass for this run's: it goes, if it is one the CLI wrote.
    const removal =
      target.state === 'earlier-output' ? await removeEarlierOutput(outputPath, run.cwd) : ''
    throw new FailedInput(describeInputError(input, outcome.error) + removal)
  }
  const produced = outcome.value
  if (produced.output === undefined && target.state !== 'earlier-output') throw new StaleOutput()
  sayWarnings(input, produced.warnings, run.say)
  const refusal = refuse(target, identity, shown)
  if (refusal) throw new FailedInput(`${input.path}: ${refusal}`)
  try {
    // Up to date: nothing to write, but the file is this run's output all the same.
    const written =
      produced.output === undefined
        ? await identityAt(outputPath)
        : await writeFileAtomically(outputPath, produced.output)
    if (written) run.known.written.set(written, input.path)
  } catch (error) {
    const kept = target.state === 'earlier-output' ? `; ${shown} from an earlier run is kept` : ''
    throw new FailedInput(`${input.path}: ${describeWriteError(error, shown, run.cwd)}${kept}`)
  }
  if (!run.quiet) progress(`${input.path} -> ${shown}`)
  return produced
}

/** One line per warning, `input:line: warning: message`. */
export function sayWarnings(
  input: InputFile,
  warnings: readonly EssayWarning[],
  say: (line: string) => void,
) {
  for (const warning of warnings) {
    say(`${input.path}${warning.line ? `:${warning.line}` : ''}: warning: ${warning.message}`)
  }
}

/** The identity of each input's file, taken before anything is written. */
export function identifyInputs(
  inputs: InputFile[],
  cwd: string,
  stdin?: NodeJS.ReadableStream,
): Promise<Array<FileIdentity | undefined>> {
  return Promise.all(
    inputs.map(async (input) => {
      if (input.problem) return undefined
      if (input.stdin) return identityOfDescriptor((stdin as {fd?: number} | undefined)?.fd)
      if (input.url || input.html !== undefined) return undefined
      return identityAt(resolve(cwd, input.path))
    }),
  )
}

export function byIdentity(
  identities: Array<FileIdentity | undefined>,
  inputs: InputFile[],
): Map<FileIdentity, string> {
  const map = new Map<FileIdentity, string>()
  for (const [index, identity] of identities.entries()) {
    const input = inputs[index]
    if (identity && input && !map.has(identity)) map.set(identity, input.path)
  }
  return map
}

const notOurs = {
  file: 'which tsuzuri did not write',
  link: 'which is a link',
  folder: 'which is a folder',
  special: 'which is not a regular file',
  unreadable: 'which tsuzuri cannot read to check that it wrote it',
} as const

/** Why the output must not be written over what is there, if it must not. */
export function refuse(
  target: OutputTarget,
  identity: FileIdentity | undefined,
  shown: string,
): string | undefined {
  if (target.state === 'input') {
    return target.identity === identity
      ? 'its output would replace the input itself: choose another --out'
      : `its output would replace the input ${target.input}: choose another --out`
  }
  if (target.state === 'this-run') {
    return `would overwrite the output of ${target.input}: rename one of them`
  }
  if (target.state === 'not-ours') {
    return `would replace ${shown}, ${notOurs[target.what]}: move it away or choose another --out`
  }
  return undefined
}

/** Remove an earlier output of an input that failed now; what to add to its line. */
async function removeEarlierOutput(path: string, cwd: string): Promise<string> {
  const shown = displayPath(cwd, path)
  try {
    await unlink(path)
    return `; removed ${shown} from an earlier run`
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    if (code === 'ENOENT') return ''
    return `; ${shown} from an earlier run is still there (cannot remove it: ${code ?? String(error)})`
  }
}

export function describeInputError(file: InputFile, error: unknown): string {
  const name = file.path
  if (error instanceof EssayError) return `${name}:${error.line}: ${error.message}`
  if (error instanceof InputError) return `${name}: ${error.message}`
  return `${name}: ${error instanceof Error ? error.message : String(error)}`
}

/** What a failed write means, for the codes a user can do something about. */
const writeProblems: Record<string, {what: string; hint: string}> = {
  ENOSPC: {what: 'the disk is full', hint: 'free some space'},
  EDQUOT: {what: 'the disk quota is used up', hint: 'free some space'},
  EROFS: {what: 'the disk is read-only', hint: 'choose a writable --out'},
  EACCES: {what: 'permission denied', hint: 'check that --out is a writable folder'},
  EPERM: {what: 'permission denied', hint: 'check that --out is a writable folder'},
}

export function describeWriteError(error: unknown, shown: string, cwd: string): string {
  if (error instanceof FolderError) {
    const why =
      'code' in error.reason
        ? error.reason.code
        : error.reason.fileInTheWay === error.folder
          ? 'a file has that name'
          : `${displayPath(cwd, error.reason.fileInTheWay)} is a file`
    return `cannot create the folder ${displayPath(cwd, error.folder)} (${why}): check that --out is a writable folder`
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (!code)
    return `cannot write ${shown} (${error instanceof Error ? error.message : String(error)})`
  const problem = writeProblems[code]
  return `cannot write ${shown} (${code}${problem ? `: ${problem.what}` : ''}): ${problem?.hint ?? 'check that --out is a writable folder'}`
}
