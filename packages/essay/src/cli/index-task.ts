/**
 * The work `tsuzuri index` does for one input, in a worker thread or in the main thread alike:
 * read it, then take its summary from the cache when its output is already there, or parse it.
 * What comes back is small and can be copied between threads: the summary, the warnings, and the
 * output to write (the main thread writes every file, so that the CLI's rules on what it may
 * replace are kept in one place).
 */
import {defaultMaxTextLength, type EssaySummary, summarizeEssay} from '../lib/collection/index.js'
import {EssayError} from '../lib/errors.js'
import type {EssayWarning} from '../lib/types.js'
import type {InputFile} from './collect-inputs.js'
import {type CacheEntry, cacheKey, outputMatches, readCacheEntry, sha256} from './index-cache.js'
import {parseInputText, type ReadOptions, readInputText} from './parse-input.js'
import {InputError} from './read-input.js'
import {renderOutput} from './render-output.js'

export interface IndexTask {
  input: InputFile
  options: ReadOptions
  cwd: string
  /** Where its output goes. */
  outputPath: string
  /** The cache folder; none without a cache. */
  cache: string | undefined
  /** This build of the CLI, part of every cache key (see `toolVersion`). */
  version: string
  /** Whether a cached summary may stand for parsing (not when the output turned out stale). */
  useCache: boolean
}

export type TaskResult =
  | {
      ok: true
      summary: EssaySummary
      warnings: EssayWarning[]
      /** The output to write; `undefined` when the file there is already exactly it. */
      output: string | undefined
      /** What to remember in the cache once the output is written. */
      remember: {key: string; entry: CacheEntry} | undefined
    }
  | {ok: false; message: string; line: number | null}

export async function runIndexTask(task: IndexTask): Promise<TaskResult> {
  try {
    const text = await readInputText(task.input, task.options, task.cwd)
    const key =
      task.cache === undefined
        ? undefined
        : cacheKey(text.text, {
            version: task.version,
            format: text.format,
            lang: task.options.lang,
            maxTextLength: defaultMaxTextLength,
          })
    if (task.cache !== undefined && key !== undefined && task.useCache) {
      const entry = await readCacheEntry(task.cache, key)
      if (entry && (await outputMatches(task.outputPath, entry.output))) {
        return {
          ok: true,
          summary: entry.summary,
          warnings: entry.warnings,
          output: undefined,
          remember: undefined,
        }
      }
    }
    const essay = parseInputText(text, task.options)
    const output = renderOutput(essay, 'json', true)
    const summary = summarizeEssay(essay, defaultMaxTextLength)
    const entry: CacheEntry = {
      summary,
      warnings: essay.warnings,
      output: {size: Buffer.byteLength(output), sha256: sha256(output)},
    }
    return {
      ok: true,
      summary,
      warnings: essay.warnings,
      output,
      remember: key === undefined ? undefined : {key, entry},
    }
  } catch (error) {
    if (error instanceof EssayError) return {ok: false, message: error.message, line: error.line}
    return {ok: false, message: error instanceof Error ? error.message : String(error), line: null}
  }
}

/** The error a failed task stands for, as the main thread reports it. */
export function taskError(result: {message: string; line: number | null}): Error {
  return result.line === null
    ? new InputError(result.message)
    : new EssayError(result.message, result.line, 'frontmatter')
}
