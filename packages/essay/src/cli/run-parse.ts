import {join, resolve} from 'node:path'
import type {Essay} from '../lib/types.js'
import type {CliOptions} from './args.js'
import {UsageError} from './args.js'
import {collectInputs, type InputFile} from './collect-inputs.js'
import {expandExports} from './expand-exports.js'
import type {FileIdentity} from './file-identity.js'
import {parseInputText, readInputText} from './parse-input.js'
import {renderOutput} from './render-output.js'
import {printableLine, printableText} from './terminal-text.js'
import {
  byIdentity,
  describeInputError,
  FailedInput,
  identifyInputs,
  sayWarnings,
  settle,
  type WriteRun,
  writeOutput,
} from './write-input.js'

export interface Io {
  cwd: string
  stdin: NodeJS.ReadableStream
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether `stdout` goes to a terminal (default: whether the process's standard output does). */
  stdoutIsTerminal?: boolean
}

interface Run extends WriteRun {
  options: CliOptions
  io: Io
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
  const identities = await identifyInputs(inputs, io.cwd, io.stdin)
  const run: Run = {
    options,
    io,
    cwd: io.cwd,
    known: {inputs: byIdentity(identities, inputs), written: new Map()},
    say,
    quiet: options.quiet,
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

/** Parse one input and print it, or write its output (see `writeOutput`). Throws `FailedInput`. */
async function processInput(
  input: InputFile,
  identity: FileIdentity | undefined,
  outputPath: string | undefined,
  run: Run,
  progress: (line: string) => void,
): Promise<Essay> {
  const {options, io} = run
  const outcome = await settle(async () => {
    const essay = parseInputText(await readInputText(input, options, io.cwd, io.stdin), options)
    const output = outputPath
      ? renderOutput(essay, options.format, true, options.jsonLd)
      : undefined
    return {essay, warnings: essay.warnings, output}
  })
  if (outputPath) {
    return (await writeOutput(input, identity, outputPath, run, progress, outcome)).essay
  }
  if (!outcome.ok) throw new FailedInput(describeInputError(input, outcome.error))
  const {essay} = outcome.value
  sayWarnings(input, essay.warnings, run.say)
  const output = renderOutput(essay, options.format, false, options.jsonLd)
  const terminal = io.stdoutIsTerminal ?? process.stdout.isTTY === true
  io.stdout(terminal ? printableText(output) : output)
  return essay
}
