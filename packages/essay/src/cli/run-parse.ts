import {rename, unlink, writeFile} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {EssayError} from '../lib/errors.js'
import {parseEssay} from '../lib/parse-essay.js'
import {toHtml} from '../lib/to-html.js'
import type {Essay} from '../lib/types.js'
import type {CliOptions} from './args.js'
import {UsageError} from './args.js'
import {collectInputs, displayPath, type InputFile} from './collect-inputs.js'
import {FolderError, makeFolder} from './make-folder.js'
import {InputError, readStdin, readTextFile} from './read-input.js'

export interface Io {
  cwd: string
  stdin: NodeJS.ReadableStream
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** Run `tsuzuri parse`; resolves to the exit code. */
export async function runParse(options: CliOptions, io: Io): Promise<number> {
  const inputs = await collectInputs(options.inputs, io.cwd)
  const toStdout = options.out === undefined
  // Folders and globs always write files, however many posts they match today.
  if (toStdout && (options.inputs.length > 1 || inputs.some((input) => input.expanded))) {
    throw new UsageError(
      'Folders, globs and several inputs need --out <dir> to write one output per post',
    )
  }
  const extension = options.format === 'html' ? '.html' : '.json'
  const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out)
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
      if (input.problem) throw new InputError(input.problem)
      if (previous) {
        throw new InputError(`would overwrite the output of ${previous}: rename one of them`)
      }
      if (outputPath) taken.set(outputPath, input.path)
      const essay = await parseFile(input, options, io)
      const output = render(essay, options.format)
      for (const warning of essay.warnings) {
        io.stderr(
          `tsuzuri: ${input.path}${warning.line ? `:${warning.line}` : ''}: warning: ${warning.message}\n`,
        )
      }
      if (essay.warnings.length > 0) warned++
      if (outputPath) {
        await writeAtomically(outputPath, output)
        if (!options.quiet) {
          io.stderr(`tsuzuri: ${counter}${input.path} -> ${displayPath(io.cwd, outputPath)}\n`)
        }
      } else {
        io.stdout(output)
      }
      parsed++
    } catch (error) {
      failed++
      // An old output could pass for this run's. Not when it belongs to another input of this run.
      const removal = outputPath && !previous ? await removeStale(outputPath, io.cwd) : ''
      io.stderr(`tsuzuri: ${counter}${describeFailure(input, error, io.cwd)}${removal}\n`)
    }
  }
  if (outDir || failed > 0 || total > 1) {
    io.stderr(`tsuzuri: ${parsed} parsed, ${warned} with warnings, ${failed} failed\n`)
  }
  return failed > 0 ? 1 : 0
}

async function parseFile(file: InputFile, options: CliOptions, io: Io): Promise<Essay> {
  const limits = {maxSize: options.maxSize, timeout: options.timeout}
  const source = file.stdin
    ? await readStdin(io.stdin, limits)
    : await readTextFile(resolve(io.cwd, file.path), limits)
  return parseEssay(source, {format: options.input, lang: options.lang ?? null})
}

function render(essay: Essay, format: 'json' | 'html'): string {
  if (format === 'html') return toHtml(essay, {embedData: true})
  return `${JSON.stringify(essay, null, 2)}\n`
}

/** Write to a temporary file first, so an interrupted run never leaves half an output. */
async function writeAtomically(path: string, content: string) {
  await makeFolder(dirname(path))
  const temporary = `${path}.${process.pid}.tmp`
  try {
    await writeFile(temporary, content)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
}

/** Remove the output an earlier run wrote for an input that failed now; what to add to its line. */
async function removeStale(path: string, cwd: string): Promise<string> {
  const shown = displayPath(cwd, path)
  try {
    await unlink(path)
    return `; removed ${shown} from an earlier run`
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    // Nothing there, or not a file: nothing that could pass for this run's output.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return ''
    return `; ${shown} from an earlier run is still there (cannot remove it: ${code ?? String(error)})`
  }
}

function describeFailure(file: InputFile, error: unknown, cwd: string): string {
  const name = file.path
  if (error instanceof EssayError) return `${name}:${error.line}: ${error.message}`
  if (error instanceof InputError) return `${name}: ${error.message}`
  if (error instanceof FolderError) {
    const why =
      'code' in error.reason
        ? error.reason.code
        : error.reason.fileInTheWay === error.folder
          ? 'a file has that name'
          : `${displayPath(cwd, error.reason.fileInTheWay)} is a file`
    return `${name}: cannot create the folder ${displayPath(cwd, error.folder)} (${why}): check that --out is a writable folder`
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code) return `${name}: cannot write output (${code}): check that --out is a writable folder`
  return `${name}: ${error instanceof Error ? error.message : String(error)}`
}
