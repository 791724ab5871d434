// Workers do not inherit tsx's loader from the thread that starts them: register it, then run
// the TypeScript worker named in `workerData.entry`.
import {workerData} from 'node:worker_threads'
import {register} from 'tsx/esm/api'

register()
await import(workerData.entry)
