/**
 * One worker of `train.ts`'s cross-validation: it reads the corpus itself (a second or two) and
 * runs the folds it is given, so the fits, a few seconds each, use every core.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {crossValidateFolds} from './cross-validation.js'
import {loadCorpus, type Settings} from './training.js'

const {settings, folds, jobs, job} = workerData as {
  settings: Settings
  folds: number
  jobs: number
  job: number
}
parentPort?.postMessage(
  crossValidateFolds(loadCorpus(), settings, folds, (fold) => fold % jobs === job),
)
