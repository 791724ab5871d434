import {Worker} from 'node:worker_threads'

/** The workers could not start at all (a broken install): nothing was given to them. */
export class PoolStartError extends Error {}

interface Job<Task, Result> {
  id: number
  task: Task
  resolve: (result: Result) => void
  /** Run on a worker of its own: it was in flight on a worker that died. */
  alone: boolean
}

interface Thread<Task, Result> {
  worker: Worker
  /** The jobs it is running, by id. */
  jobs: Map<number, Job<Task, Result>>
  /** Whether it has loaded and said `ready`. */
  ready: boolean
}

/**
 * Up to `size` worker threads running the module at `url`, each up to `perWorker` tasks at a
 * time: while one task waits for the disk, another is parsed (measured in `bench/index.js`).
 * The module posts `'ready'` once loaded, then `{id, result}` for each `{id, task}` it is
 * sent. A worker that dies (an uncaught error, running out of memory) is replaced; a task it
 * was running alone fails with what `crashed` makes of the error, and the tasks it was running
 * together are run again, each on a worker of its own, so that only the task at fault fails.
 */
export class WorkerPool<Task, Result> {
  readonly #url: URL
  readonly #size: number
  readonly #perWorker: number
  readonly #crashed: (error: Error) => Result
  readonly #threads = new Set<Thread<Task, Result>>()
  readonly #queue: Array<Job<Task, Result>> = []
  #nextId = 0
  #closed = false
  /** Workers in a row that died before they were ready: past a few, the rest cannot start. */
  #failedStarts = 0

  constructor(url: URL, size: number, crashed: (error: Error) => Result, perWorker = 2) {
    this.#url = url
    this.#size = size
    this.#crashed = crashed
    this.#perWorker = perWorker
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
        thread.ready = true
        this.#listen(thread)
        resolve()
      })
    })
  }

  /** Run `task` on the next free worker. Never rejects: a crash is a result too. */
  run(task: Task): Promise<Result> {
    return new Promise((resolve) => {
      this.#queue.push({id: this.#nextId++, task, resolve, alone: false})
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
      const job = this.#queue[0] as Job<Task, Result>
      const thread = this.#roomFor(job)
      if (!thread) {
        if (this.#threads.size < this.#size) this.#awaitReady(this.#spawn())
        return
      }
      this.#queue.shift()
      thread.jobs.set(job.id, job)
      thread.worker.postMessage({id: job.id, task: job.task})
    }
  }

  /** A ready worker that can take `job`: the least busy one, and an idle one for a job alone. */
  #roomFor(job: Job<Task, Result>): Thread<Task, Result> | undefined {
    let best: Thread<Task, Result> | undefined
    for (const thread of this.#threads) {
      if (!thread.ready || thread.jobs.size >= this.#perWorker) continue
      if (job.alone && thread.jobs.size > 0) continue
      if ([...thread.jobs.values()].some((running) => running.alone)) continue
      if (!best || thread.jobs.size < best.jobs.size) best = thread
    }
    // A new worker first, while there may be one: work spreads over every core.
    if (best && best.jobs.size > 0 && this.#threads.size < this.#size) return undefined
    return best
  }

  #spawn(): Thread<Task, Result> {
    const thread: Thread<Task, Result> = {
      worker: new Worker(this.#url),
      jobs: new Map(),
      ready: false,
    }
    this.#threads.add(thread)
    return thread
  }

  /** A new worker takes work once it has loaded. */
  #awaitReady(thread: Thread<Task, Result>) {
    this.#listen(thread, () => {
      thread.ready = true
      this.#dispatch()
    })
  }

  #listen(thread: Thread<Task, Result>, ready?: () => void) {
    let loaded = ready === undefined
    thread.worker.on('message', (message: {id: number; result: Result} | 'ready') => {
      if (!loaded) {
        loaded = true
        this.#failedStarts = 0
        ready?.()
        return
      }
      if (message === 'ready') return
      const job = thread.jobs.get(message.id)
      thread.jobs.delete(message.id)
      job?.resolve(message.result)
      this.#dispatch()
    })
    const die = (error: Error) => {
      if (!this.#threads.delete(thread)) return
      const jobs = [...thread.jobs.values()]
      thread.jobs.clear()
      if (jobs.length === 1) jobs[0]?.resolve(this.#crashed(error))
      // Which of them made it die is not known: each runs again, alone.
      else for (const job of jobs.reverse()) this.#queue.unshift({...job, alone: true})
      if (this.#closed) {
        for (const queued of this.#queue.splice(0)) queued.resolve(this.#crashed(error))
        return
      }
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
