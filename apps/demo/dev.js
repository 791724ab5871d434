/**
 * `pnpm dev`: turbo's `dev` tasks for the demo and the packages it uses (the tsup watchers and
 * Vite), stopped whole, and with a quiet log.
 *
 * - Stopping: pnpm passes neither SIGTERM nor SIGHUP on to the script it runs, and turbo's tasks
 *   run in process groups of their own, so a SIGTERM to `pnpm dev` used to leave turbo, Vite and
 *   the watchers running and the port taken. Here SIGINT, SIGTERM and SIGHUP, and the end of
 *   the process that started this one (pnpm, killed), all stop turbo, which stops its tasks.
 * - The log: a rebuild of `@tsuzuri/essay` changes a dozen files that `@tsuzuri/embed` watches,
 *   and tsup prints a line per file changed and per file written. Of tsup, only errors, warnings
 *   and one line per finished build are shown; everything else (turbo's and Vite's lines) is.
 *
 *   node apps/demo/dev.js [turbo options…]
 */
import {spawn} from 'node:child_process'
import {createInterface} from 'node:readline'
import {fileURLToPath} from 'node:url'
import {stripVTControlCharacters} from 'node:util'

const root = fileURLToPath(new URL('../../', import.meta.url))
const turbo = fileURLToPath(new URL('../../node_modules/.bin/turbo', import.meta.url))
const child = spawn(turbo, ['run', 'dev', '--filter=@tsuzuri/demo...', ...process.argv.slice(2)], {
  cwd: root,
  // Its own process group, so that a Ctrl-C reaches it once, through `stop`, not twice.
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
})

/**
 * Lines that say nothing a developer acts on: tsup's (what changed, what it wrote, its setup),
 * pnpm's echo of each script, and empty ones.
 */
const chatter =
  /:(?:dev|build): (?:CLI (?:Change detected|Building entry|Using tsconfig|tsup v|Using tsup config|Target|Cleaning output|Watching for changes|Ignoring changes|Running in watch mode)|DTS (?:Build start|dist\/|⚡️ Build success)|(?:ESM|CJS|IIFE) dist\/|TERSER|> |\s*$)/
/** A build starting or ending: `@tsuzuri/essay:dev: ESM ⚡️ Build success in 812ms`. */
const buildLine =
  /^(\S+:(?:dev|build): )(?:ESM|CJS|IIFE) (?:(Build start)|⚡️ Build success|Build failed)/

/**
 * A change rebuilds each of a package's entries, some more than once (a watcher sees a dozen
 * files change one after another): one line once all of them are done and none starts again
 * within a second.
 */
const rebuilds = new Map()
function noteBuild(task, started, out) {
  const state = rebuilds.get(task) ?? {running: 0, timer: undefined}
  clearTimeout(state.timer)
  state.running = Math.max(0, state.running + (started ? 1 : -1))
  if (state.running === 0) {
    state.timer = setTimeout(() => {
      rebuilds.delete(task)
      out.write(`${task}built\n`)
    }, 1000)
  }
  rebuilds.set(task, state)
}

for (const [stream, out] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
]) {
  createInterface({input: stream}).on('line', (line) => {
    const plain = stripVTControlCharacters(line)
    const build = buildLine.exec(plain)
    if (build) noteBuild(build[1], build[2] !== undefined, process.stdout)
    // A failed build says why on the lines around it, which are kept.
    if (/Build failed/.test(plain) || (!build && !chatter.test(plain))) out.write(`${line}\n`)
  })
}

let stopping = false
function stop() {
  if (stopping) return
  stopping = true
  // turbo stops its tasks on SIGINT, as on a Ctrl-C in its own terminal; one that hangs is
  // killed after a while.
  signalGroup('SIGINT')
  setTimeout(() => signalGroup('SIGKILL'), 5000).unref()
}

function signalGroup(signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Gone already.
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop)
// The process that started this one (pnpm) has gone: this one is an orphan, and stops.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) stop()
}, 500).unref()

child.on('exit', (code, signal) => {
  process.exitCode = stopping ? 0 : (code ?? (signal ? 1 : 0))
  process.exit()
})
