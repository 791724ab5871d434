/**
 * Cross-validation on every core: the folds are shared among worker threads (`--jobs N`,
 * default the number of CPUs), each of which reads the corpus and fits its folds. The result is
 * the same as `crossValidate`'s: the same folds, scored in corpus order.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {type CrossValidation, combineFolds, type FoldResults} from './cross-validation.js'
import type {LabelledEssay, Settings} from './training.js'

export function jobsFromArgs(argv: readonly string[]): number {
  const at = argv.indexOf('--jobs')
  if (at === -1) return availableParallelism()
  const value = Number(argv[at + 1])
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--jobs takes a whole number of workers (1 or more), not “${argv[at + 1] ?? ''}”`)
    process.exit(1)
  }
  return value
}

export async function crossValidateInParallel(
  essays: readonly LabelledEssay[],
  settings: Settings,
  folds: number,
  jobs: number,
): Promise<CrossValidation> {
  const count = Math.min(jobs, folds)
  const parts = await Promise.all(
    Array.from(
      {length: count},
      (_, job) =>
        new Promise<FoldResults>((resolve, reject) => {
          const worker = new Worker(new URL('./worker-bootstrap.js', import.meta.url), {
            workerData: {
              entry: new URL('./cross-validate-worker.ts', import.meta.url).href,
              settings,
              folds,
              jobs: count,
              job,
            },
          })
          worker.once('message', resolve)
          worker.once('error', reject)
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`cross-validation worker ${job} exited with ${code}`))
          })
        }),
    ),
  )
  return combineFolds(essays, settings, folds, parts)
}
