/**
 * A worker thread of `tsuzuri index --jobs N`: it runs the tasks it is sent (two at a time: one
 * reads while the other is parsed) and posts each result with its task's id.
 * It writes nothing but what the main thread is told: every output is written there.
 */
import {parentPort} from 'node:worker_threads'
import {type IndexTask, runIndexTask} from './index-task.js'

const port = parentPort
if (port) {
  port.on('message', async ({id, task}: {id: number; task: IndexTask}) => {
    port.postMessage({id, result: await runIndexTask(task)})
  })
  port.postMessage('ready')
}
