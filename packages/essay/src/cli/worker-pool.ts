import {Worker} from 'node:worker_threads'

/** The workers could not start at all (a broken install): nothing was given to them. */
export class PoolStartError extends Error {}

interface Job<Task, Result> {
  task: Task
  resolve: (result: Result) => void
}

interface Thread<Task, Result> {
  worker: Worker
  /** The job it is running; none while idle. */
  job: Job<Task, Result> | undefined
}

/**
 * Up to `size` worker threads running the module at `url`, one task each at a time. The module
 * posts `'ready'` once loaded, then one result per task it is sent. A worker that dies (an
 * uncaught error, running out of memory) fails only the task it was running, with what
 * `crashed` makes of the error, and is replaced.
 */
export class WorkerPool<Task, Result> {
  readonly #url: URL
  readonly #size: number
  readonly #crashed: (error: Error) => Result
  readonly #threads = new Set<Thread<Task, Result>>()
  readonly #idle: Array<Thread<Task, Result>> = []
  readonly #queue: Array<Job<Task, Result>> = []
  #closed = false
  /** Workers in a row that died before they were ready: past a few, the rest cannot start. */
  #failedStarts = 0

  constructor(url: URL, size: number, crashed: (error: Error) => Result) {
    this.#url = url
    this.#size = size
    this.#crashed = crashed
  }

  /** Start one worker and wait until it is ready: throws `PoolStartError` when it cannot. */
  async start(): Promise<void> {
    const thread = this.#spawn()
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => reject(new PoolStartError(error.message))
      thread.worker.once('error', fail)
      thread.worker.once('exit', (code) => fail(new Error(`it stopped with code ${code}`)))
      thread.worker.once('message', () => {
        thread.worker.removeAllListeners('error').removeAllListeners('exit')
        this.#listen(thread)
        resolve()
      })
    })
    this.#idle.push(thread)
  }

  /** Run `task` on the next free worker. Never rejects: a crash is a result too. */
  run(task: Task): Promise<Result> {
    return new Promise((resolve) => {
      this.#queue.push({task, resolve})
      this.#dispatch()
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.#closed = true
    await Promise.all([...this.#threads].map((thread) => thread.worker.terminate()))
    this.#threads.clear()
  }

  #dispatch() {
    while (this.#queue.length > 0) {
      let thread = this.#idle.pop()
      if (!thread && this.#threads.size < this.#size) {
        thread = this.#spawn()
        this.#awaitReady(thread)
        continue
      }
      if (!thread) return
      const job = this.#queue.shift() as Job<Task, Result>
      thread.job = job
      thread.worker.postMessage(job.task)
    }
  }

  #spawn(): Thread<Task, Result> {
    const thread: Thread<Task, Result> = {worker: new Worker(this.#url), job: undefined}
    this.#threads.add(thread)
    return thread
  }

  /** A new worker takes work once it has loaded. */
  #awaitReady(thread: Thread<Task, Result>) {
    this.#listen(thread, () => {
      this.#idle.push(thread)
      this.#dispatch()
    })
  }

  #listen(thread: Thread<Task, Result>, ready?: () => void) {
    let loaded = ready === undefined
    thread.worker.on('message', (message: Result | 'ready') => {
      if (!loaded) {
        loaded = true
        this.#failedStarts = 0
        ready?.()
        return
      }
      const job = thread.job
      thread.job = undefined
      this.#idle.push(thread)
      job?.resolve(message as Result)
      this.#dispatch()
    })
    const die = (error: Error) => {
      if (!this.#threads.delete(thread)) return
      const idle = this.#idle.indexOf(thread)
      if (idle !== -1) this.#idle.splice(idle, 1)
      const job = thread.job
      thread.job = undefined
      job?.resolve(this.#crashed(error))
      if (this.#closed) return
      if (!loaded && ++this.#failedStarts >= 3 && this.#threads.size === 0) {
        // Workers no longer start: what is left fails instead of waiting for one forever.
        for (const queued of this.#queue.splice(0)) queued.resolve(this.#crashed(error))
        return
      }
      // Its replacement starts on demand, for the work that is left.
      this.#dispatch()
    }
    thread.worker.on('error', die)
    thread.worker.on('exit', (code) => die(new Error(`the worker thread stopped (code ${code})`)))
  }
}
