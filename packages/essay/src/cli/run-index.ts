import {join, resolve, sep} from 'node:path'
import type {SkippedInput} from '../lib/collection/index.js'
import {version} from '../version.js'
import {collectInputs, displayPath, type InputFile} from './collect-inputs.js'
import {collectionFileName, writeCollection} from './collection-output.js'
import {expandExports} from './expand-exports.js'
import type {IndexOptions} from './index-args.js'
import {openCache, toolVersion} from './index-cache.js'
import {type IndexTask, runIndexTask, type TaskResult, taskError} from './index-task.js'
import {progressLine} from './progress-line.js'
import {InputError} from './read-input.js'
import type {Io} from './run-parse.js'
import {SummarySpool} from './summary-spool.js'
import {printableLine} from './terminal-text.js'
import {PoolStartError, WorkerPool} from './worker-pool.js'
import {
  byIdentity,
  describeInputError,
  FailedInput,
  identifyInputs,
  type Outcome,
  StaleOutput,
  settle,
  type WriteRun,
  writeOutput,
} from './write-input.js'

export interface IndexIo extends Io {
  /** Whether standard error is a terminal, and its width (default: the process's). */
  stderrTerminal?: {columns: number | undefined} | false
}

type Parsed = Extract<TaskResult, {ok: true}>

/**
 * Run `tsuzuri index`; resolves to the exit code. Inputs are read and parsed `--jobs` at a time
 * (in worker threads, or here for one job) and each output is written as soon as it is ready,
 * under the rules of `tsuzuri parse`. The summaries wait in a temporary file (memory stays flat)
 * for `collection.json`, which is written last, in the order the inputs were given whatever
 * order they finished in.
 */
export async function runIndex(options: IndexOptions, io: IndexIo): Promise<number> {
  // Summaries wait on disk, not in memory, until `collection.json` is written.
  const spool = await SummarySpool.open()
  try {
    return await indexInto(spool, options, io)
  } finally {
    await spool.close()
  }
}

async function indexInto(spool: SummarySpool, options: IndexOptions, io: IndexIo): Promise<number> {
  const limits = {maxSize: options.maxSize, timeout: options.timeout}
  const exports = await expandExports(await collectInputs(options.inputs, io.cwd), limits, io.cwd)
  const inputs = exports.inputs
  const total = inputs.length
  const outDir = resolve(io.cwd, options.out)
  const collectionPath = join(outDir, collectionFileName)
  const terminal =
    io.stderrTerminal ??
    (process.stderr.isTTY ? {columns: process.stderr.columns} : (false as const))
  const bar = progressLine(
    terminal && !options.quiet ? {total, write: io.stderr, columns: terminal.columns} : undefined,
  )
  // Every line goes through here: file names and essay text never reach the terminal raw.
  const say = (line: string) => {
    bar.clear()
    io.stderr(`tsuzuri: ${printableLine(line)}\n`)
    bar.draw()
  }
  const identities = await identifyInputs(inputs, io.cwd)
  const run: WriteRun = {
    cwd: io.cwd,
    known: {inputs: byIdentity(identities, inputs), written: new Map()},
    say,
    quiet: options.quiet,
  }
  const cache = await openCache(options, io.cwd, say)
  const build = cache.folder === undefined ? version : await toolVersion(version)
  const lanes = Math.max(1, Math.min(options.jobs, total))
  // One post, or one job: a worker thread would only add its start-up time.
  const pool =
    lanes > 1
      ? new WorkerPool<IndexTask, TaskResult>(
          new URL('./cli-index-worker.js', import.meta.url),
          lanes,
          crashed,
        )
      : undefined
  try {
    await pool?.start()
  } catch (error) {
    if (!(error instanceof PoolStartError)) throw error
    await pool?.close()
    say(`cannot start worker threads (${error.message}): run with --jobs 1`)
    return 1
  }
  const execute = pool ? (task: IndexTask) => pool.run(task) : runIndexTask
  const readOptions = {
    input: options.input,
    lang: options.lang,
    maxSize: options.maxSize,
    timeout: options.timeout,
    urlTimeout: options.urlTimeout,
  }
  const produce = (input: InputFile, outputPath: string, useCache: boolean) =>
    settle<Parsed>(async () => {
      const {folder} = cache
      const task = {input, options: readOptions, cwd: io.cwd, outputPath, cache: folder}
      const result = await execute({...task, version: build, useCache})
      if (!result.ok) throw taskError(result)
      return result
    })

  // Outputs are inspected and written one at a time, so that two inputs in flight can never
  // both take one file (`Notes.md` and `notes.md` on a disk that ignores case).
  let queue: Promise<unknown> = Promise.resolve()
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work)
    queue = result.catch(() => {})
    return result
  }
  const write =
    (index: number, outputPath: string, line: (text: string) => void) =>
    async (outcome: Outcome<Parsed>) =>
      serially(() =>
        writeOutput(inputs[index] as InputFile, identities[index], outputPath, run, line, outcome),
      )

  const skipped: Array<SkippedInput | undefined> = []
  const taken = new Map<string, string>()
  const counts = {parsed: 0, warned: 0, failed: 0, unchanged: 0}
  let done = 0

  const indexOne = async (index: number) => {
    const input = inputs[index] as InputFile
    let progress: string | undefined
    try {
      const outputPath = claimOutput(input, outDir, collectionPath, taken, io.cwd)
      const writeIt = write(index, outputPath, (text) => {
        progress = text
      })
      let result: Parsed
      try {
        result = await writeIt(await produce(input, outputPath, cache.folder !== undefined))
      } catch (error) {
        if (!(error instanceof StaleOutput)) throw error
        // Its output changed since it was checked: parse it after all.
        result = await writeIt(await produce(input, outputPath, false))
      }
      await spool.add(index, {summary: result.summary, name: input.outputName, file: fileOf(input)})
      counts.parsed++
      if (result.warnings.length > 0) counts.warned++
      if (result.output === undefined) counts.unchanged++
      if (result.remember) await cache.remember(result.remember)
      done++
      // On a terminal, the progress line says as much.
      const note = result.output === undefined ? ' (unchanged)' : ''
      if (progress !== undefined && !terminal) say(`[${done}/${total}] ${progress}${note}`)
    } catch (error) {
      if (!(error instanceof FailedInput)) throw error
      counts.failed++
      done++
      skipped[index] = {input: input.path, reason: reasonOf(input, error.message)}
      say(`[${done}/${total}] ${error.message}`)
    }
    bar.tick()
  }

  // Each worker runs two posts at a time (one is read while the other is parsed), and one more
  // waits for each: while the main thread writes a post's output, the worker that parsed it
  // already has the next (measured in `bench/index.js`). One job takes one post at a time, so
  // its lines come in the order of the inputs.
  const inFlight = pool ? Math.min(total, lanes * 3) : 1
  let next = 0
  try {
    await Promise.all(
      Array.from({length: inFlight}, async () => {
        while (next < total) await indexOne(next++)
      }),
    )
  } finally {
    await pool?.close()
    bar.stop()
  }
  for (const note of exports.notes) say(note)
  const unchanged = counts.unchanged > 0 ? ` (${counts.unchanged} unchanged, from the cache)` : ''
  say(
    `${counts.parsed} parsed${unchanged}, ${counts.warned} with warnings, ${counts.failed} failed`,
  )
  const skippedInputs = skipped.filter(isSet)
  const parts = {lines: spool.lines(), facets: spool.facets(), skipped: skippedInputs}
  const problem = await writeCollection(collectionPath, parts, run)
  if (problem) {
    say(problem)
    return 1
  }
  const left = skippedInputs.length > 0 ? `, ${skippedInputs.length} skipped` : ''
  say(`${displayPath(io.cwd, collectionPath)}: ${count(spool.count)}${left}`)
  return counts.failed > 0 ? 1 : 0
}

/**
 * The output path of an input, claimed for it: in input order, the first to claim a path gets
 * it (as in `tsuzuri parse`), and no post may take the collection's own file. Throws
 * `FailedInput`.
 */
function claimOutput(
  input: InputFile,
  outDir: string,
  collectionPath: string,
  taken: Map<string, string>,
  cwd: string,
): string {
  if (input.outputName === undefined) {
    throw new FailedInput(describeInputError(input, new InputError(input.problem ?? 'no post')))
  }
  const outputPath = join(outDir, `${input.outputName}.json`)
  const previous = taken.get(outputPath)
  if (previous) {
    throw new FailedInput(
      `${input.path}: would overwrite the output of ${previous}: rename one of them`,
    )
  }
  // Compared without case: on a disk that ignores it, `Collection.md` would write that file.
  if (outputPath.toLowerCase() === collectionPath.toLowerCase()) {
    throw new FailedInput(
      `${input.path}: its output would be ${displayPath(cwd, outputPath)}, the collection's own file: rename the post`,
    )
  }
  taken.set(outputPath, input.path)
  return outputPath
}

/** What a worker that died stands for: the input it was parsing fails, the others go on. */
function crashed(error: Error): TaskResult {
  return {
    ok: false,
    message: `stopped the worker thread parsing it (${error.message}): please report this at https://github.com/tsuzuri/tsuzuri/issues`,
    line: null,
  }
}

/** Where an essay's JSON is, from the collection: its output name, with `/` on every system. */
function fileOf(input: InputFile): string {
  return `${(input.outputName as string).split(sep).join('/')}.json`
}

/** A failure line without the input's name: `line 3: Malformed…`, `looks binary…`. */
function reasonOf(input: InputFile, message: string): string {
  const rest = message.startsWith(input.path) ? message.slice(input.path.length) : message
  const line = /^:(\d+): /.exec(rest)
  if (line) return `line ${line[1]}: ${rest.slice(line[0].length)}`
  return rest.replace(/^: /, '')
}

function count(essays: number): string {
  return `${essays} essay${essays === 1 ? '' : 's'}`
}

function isSet<T>(value: T | undefined): value is T {
  return value !== undefined
}
