import {unlinkSync} from 'node:fs'

/**
 * Temporary files being written, removed if the process is told to stop. Handlers are installed
 * only while there is one: Ctrl-C during a long parse then stops the CLI at once, as usual.
 */
const pending = new Set<string>()
const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

function removePendingAndStop(signal: NodeJS.Signals) {
  for (const path of pending) {
    try {
      unlinkSync(path)
    } catch {
      // Gone already, or renamed into place just now: nothing left behind either way.
    }
  }
  pending.clear()
  stopListening()
  // With no handler left, the signal does what it would have done: the CLI dies of it, and
  // whoever started it sees that it was interrupted.
  process.kill(process.pid, signal)
}

function stopListening() {
  for (const signal of stopSignals) process.removeListener(signal, removePendingAndStop)
}

/** Call before creating `path`, so that a signal even during its creation removes it. */
export function trackTemporaryFile(path: string) {
  if (pending.size === 0) {
    for (const signal of stopSignals) process.on(signal, removePendingAndStop)
  }
  pending.add(path)
}

/** Call once `path` is renamed into place or removed. */
export function releaseTemporaryFile(path: string) {
  pending.delete(path)
  if (pending.size === 0) stopListening()
}
