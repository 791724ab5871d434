import {availableParallelism} from 'node:os'
import type {CliOptions} from './args.js'
import {UsageError} from './usage-error.js'

/** The options of `tsuzuri index`. */
export interface IndexOptions
  extends Pick<
    CliOptions,
    'inputs' | 'input' | 'lang' | 'maxSize' | 'timeout' | 'urlTimeout' | 'quiet'
  > {
  out: string
  /** Posts parsed at once: worker threads, or 1 for the main thread. */
  jobs: number
  /** The cache folder as given; `undefined` for the default one, `false` for none. */
  cache: string | false | undefined
}

/** The flags only `index` takes, as `parseArgs` gives them. */
export interface IndexFlags {
  out?: string | undefined
  jobs?: string | undefined
  cache?: string | undefined
  'no-cache'?: boolean | undefined
}

// More threads than this only wait for one another (and each holds a parser).
const maxJobs = 256

/** The options of `tsuzuri index`, from its flags and those it shares with `parse`. */
export function indexOptions(
  flags: IndexFlags,
  shared: Omit<IndexOptions, 'out' | 'jobs' | 'cache'>,
): IndexOptions {
  if (shared.inputs.includes('-')) {
    throw new UsageError(
      '`tsuzuri index` reads files, folders, globs and URLs, not standard input (`-`)',
    )
  }
  if (flags.out === undefined) {
    throw new UsageError(
      '`tsuzuri index` needs --out <dir>: where to write the posts and collection.json',
    )
  }
  if (flags.cache !== undefined && flags['no-cache']) {
    throw new UsageError('--cache and --no-cache contradict each other: give one of them')
  }
  if (flags.cache?.trim() === '') {
    throw new UsageError('Invalid --cache "": give a folder, or --no-cache')
  }
  return {
    ...shared,
    out: flags.out,
    jobs: flags.jobs === undefined ? Math.min(availableParallelism(), maxJobs) : jobsOf(flags.jobs),
    cache: flags['no-cache'] ? false : flags.cache,
  }
}

function jobsOf(value: string): number {
  const jobs = /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : Number.NaN
  if (!(jobs >= 1 && jobs <= maxJobs)) {
    throw new UsageError(
      `Invalid --jobs \`${value}\`: use a number from 1 to ${maxJobs} (1 parses in the main thread)`,
    )
  }
  return jobs
}
