import {unlink} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {EssayError} from '../lib/errors.js'
import {looksLikeHtmlPage} from '../lib/input/index.js'
import {parseEssay} from '../lib/parse-essay.js'
import type {Essay} from '../lib/types.js'
import type {CliOptions} from './args.js'
import {UsageError} from './args.js'
import {collectInputs, displayPath, type InputFile} from './collect-inputs.js'
import {expandExports} from './expand-exports.js'
import {type FileIdentity, identityAt, identityOfDescriptor} from './file-identity.js'
import {FolderError} from './make-folder.js'
import {inspectOutput, type KnownFiles, type OutputTarget} from './output-target.js'
import {InputError, readStdin, readTextFile} from './read-input.js'
import {readUrl} from './read-url.js'
import {renderOutput} from './render-output.js'
import {printableLine, printableText} from './terminal-text.js'
import {writeFileAtomically} from './write-output.js'

export interface Io {
  cwd: string
  stdin: NodeJS.ReadableStream
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether `stdout` goes to a terminal (default: whether the process's standard output does). */
  stdoutIsTerminal?: boolean
}

/** One input that failed, with the line that says why (after `tsuzuri: [n/total] `). */
class FailedInput extends Error {}

interface Run {
  options: CliOptions
  io: Io
  known: KnownFiles & {written: Map<FileIdentity, string>}
  /** Print one line on standard error, made printable. */
  say: (line: string) => void
}

/** Run `tsuzuri parse`; resolves to the exit code. */
export async function runParse(options: CliOptions, io: Io): Promise<number> {
  const exports = await expandExports(
    await collectInputs(options.inputs, io.cwd),
    {maxSize: options.maxSize, timeout: options.timeout},
    io.cwd,
  )
  const inputs = exports.inputs
  const toStdout = options.out === undefined
  // Folders and globs always write files, however many posts they match today.
  if (toStdout && (options.inputs.length > 1 || inputs.some((input) => input.expanded))) {
    throw new UsageError(
      'Folders, globs and several inputs need --out <dir> to write one output per post',
    )
  }
  // Every line goes through here: file names and essay text never reach the terminal raw.
  const say = (line: string) => io.stderr(`tsuzuri: ${printableLine(line)}\n`)
  const extension = options.format === 'html' ? '.html' : '.json'
  const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out)
  const identities = await identifyInputs(inputs, io)
  const run: Run = {
    options,
    io,
    known: {inputs: byIdentity(identities, inputs), written: new Map()},
    say,
  }
  let parsed = 0
  let warned = 0
  let failed = 0
  const taken = new Map<string, string>()
  const total = inputs.length
  for (const [index, input] of inputs.entries()) {
    // Success and failure lines both say where the run is; standard output has one input.
    const counter = outDir ? `[${index + 1}/${total}] ` : ''
    const outputPath =
      outDir && input.outputName !== undefined
        ? join(outDir, input.outputName + extension)
        : undefined
    const previous = outputPath ? taken.get(outputPath) : undefined
    try {
      if (previous) {
        throw new FailedInput(
          `${input.path}: would overwrite the output of ${previous}: rename one of them`,
        )
      }
      if (outputPath) taken.set(outputPath, input.path)
      const essay = await processInput(input, identities[index], outputPath, run, (line) =>
        say(counter + line),
      )
      if (essay.warnings.length > 0) warned++
      parsed++
    } catch (error) {
      if (!(error instanceof FailedInput)) throw error
      failed++
      say(counter + error.message)
    }
  }
  for (const note of exports.notes) say(note)
  if (outDir || failed > 0 || total > 1) {
    say(`${parsed} parsed, ${warned} with warnings, ${failed} failed`)
  }
  return failed > 0 ? 1 : 0
}

/**
 * Parse one input and write its output, touching only what the CLI wrote: an earlier output is
 * replaced (or removed when the input fails now) only when it carries the CLI's mark, never when
 * it is an input or this run's output for another input, never when the new one cannot be
 * written. Throws `FailedInput`.
 */
async function processInput(
  input: InputFile,
  identity: FileIdentity | undefined,
  outputPath: string | undefined,
  run: Run,
  progress: (line: string) => void,
): Promise<Essay> {
  const {options, io, known} = run
  const shown = outputPath ? displayPath(io.cwd, outputPath) : ''
  let target: OutputTarget | undefined
  if (outputPath) {
    try {
      target = await inspectOutput(outputPath, known)
    } catch (error) {
      throw new FailedInput(`${input.path}: ${describeWriteError(error, shown, io.cwd)}`)
    }
  }
  let essay: Essay
  try {
    if (input.problem) throw new InputError(input.problem)
    essay = await parseInput(input, options, io)
  } catch (error) {
    // An earlier output would pass for this run's: it goes, if it is one the CLI wrote.
    const removal =
      outputPath && target?.state === 'earlier-output'
        ? await removeEarlierOutput(outputPath, io.cwd)
        : ''
    throw new FailedInput(describeInputError(input, error) + removal)
  }
  for (const warning of essay.warnings) {
    run.say(`${input.path}${warning.line ? `:${warning.line}` : ''}: warning: ${warning.message}`)
  }
  if (!outputPath || !target) {
    const output = renderOutput(essay, options.format, false)
    const terminal = io.stdoutIsTerminal ?? process.stdout.isTTY === true
    io.stdout(terminal ? printableText(output) : output)
    return essay
  }
  const refusal = refuse(target, identity, shown)
  if (refusal) throw new FailedInput(`${input.path}: ${refusal}`)
  try {
    const written = await writeFileAtomically(outputPath, renderOutput(essay, options.format, true))
    if (written) known.written.set(written, input.path)
  } catch (error) {
    const kept = target.state === 'earlier-output' ? `; ${shown} from an earlier run is kept` : ''
    throw new FailedInput(`${input.path}: ${describeWriteError(error, shown, io.cwd)}${kept}`)
  }
  if (!options.quiet) progress(`${input.path} -> ${shown}`)
  return essay
}

async function parseInput(file: InputFile, options: CliOptions, io: Io): Promise<Essay> {
  let text: string
  let format: CliOptions['input']
  if (file.html !== undefined) {
    text = file.html
    format = 'html'
  } else if (file.url) {
    const page = await readUrl(file.path, {maxSize: options.maxSize, timeout: options.urlTimeout})
    text = page.text
    format = options.input === 'auto' ? (page.format ?? 'auto') : options.input
  } else {
    const limits = {maxSize: options.maxSize, timeout: options.timeout}
    text = file.stdin
      ? await readStdin(io.stdin, limits)
      : await readTextFile(resolve(io.cwd, file.path), limits)
    // A `.html` file is HTML, a post's body as much as a whole page.
    format = options.input === 'auto' && /\.html?$/i.test(file.path) ? 'html' : options.input
  }
  const essay = parseEssay(text, {format, lang: options.lang ?? null})
  // A page whose article has no text (a home page of links, a login wall) is not a post.
  const html = format === 'html' || (format === 'auto' && looksLikeHtmlPage(text))
  if (html && !essay.sections.some((section) => section.text.trim() !== '')) {
    throw new InputError("is an HTML page with no article: give the post's own page")
  }
  return essay
}

/** The identity of each input's file, taken before anything is written. */
function identifyInputs(inputs: InputFile[], io: Io): Promise<Array<FileIdentity | undefined>> {
  return Promise.all(
    inputs.map(async (input) => {
      if (input.problem) return undefined
      if (input.stdin) return identityOfDescriptor((io.stdin as {fd?: number}).fd)
      if (input.url || input.html !== undefined) return undefined
      return identityAt(resolve(io.cwd, input.path))
    }),
  )
}

function byIdentity(
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
function refuse(
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

function describeInputError(file: InputFile, error: unknown): string {
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

function describeWriteError(error: unknown, shown: string, cwd: string): string {
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
