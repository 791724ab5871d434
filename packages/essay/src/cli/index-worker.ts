/**
 * A worker thread of `tsuzuri index --jobs N`: it runs one task at a time and posts its result.
 * It writes nothing but what the main thread is told: every output is written there.
 */
import {parentPort} from 'node:worker_threads'
import {type IndexTask, runIndexTask} from './index-task.js'

const port = parentPort
if (port) {
  port.on('message', async (task: IndexTask) => {
    port.postMessage(await runIndexTask(task))
  })
  port.postMessage('ready')
}
