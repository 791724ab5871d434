/**
 * The one line `tsuzuri index` keeps redrawing on a terminal: how many posts are done, how fast,
 * and about how long is left. Other lines (warnings, failures) are printed above it: `clear()`
 * before, `draw()` after. When standard error is not a terminal it does nothing.
 */
export interface ProgressLine {
  /** One more post is done. */
  tick(): void
  /** Take the line away (before printing another line, and at the end). */
  clear(): void
  /** Draw it again now. */
  draw(): void
  /** Take it away for good: the run is over, the lines that follow stay alone. */
  stop(): void
}

export interface ProgressOptions {
  total: number
  write: (text: string) => void
  /** Terminal width in columns, if known; the line never wraps. */
  columns: number | undefined
  /** Milliseconds, for tests. @default performance.now */
  now?: () => number
}

const none: ProgressLine = {tick() {}, clear() {}, draw() {}, stop() {}}
// Redrawing on every post would cost more than parsing small ones.
const interval = 100
const barWidth = 20

export function progressLine(options: ProgressOptions | undefined): ProgressLine {
  if (!options) return none
  const {total, write} = options
  const now = options.now ?? (() => performance.now())
  const start = now()
  let done = 0
  let shown = false
  let stopped = false
  let last = Number.NEGATIVE_INFINITY
  const line = {
    tick() {
      done++
      if (now() - last >= interval || done === total) line.draw()
    },
    clear() {
      if (shown) write('\r\x1b[K')
      shown = false
    },
    draw() {
      if (stopped) return
      last = now()
      write(`\r${fit(describe(done, total, (last - start) / 1000), options.columns)}\x1b[K`)
      shown = true
    },
    stop() {
      line.clear()
      stopped = true
    },
  }
  return line
}

/** `tsuzuri: [######--------------] 1234/10000  310 posts/s, about 28 s left` */
export function describe(done: number, total: number, seconds: number): string {
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth)
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`
  const rate = seconds > 0 ? done / seconds : 0
  // The first posts (and the workers starting) say little about the rate: no guess before.
  const left =
    done === total
      ? 'done'
      : done > 0 && seconds >= 1
        ? `about ${formatEta((total - done) / rate)} left`
        : 'starting'
  const measured = done > 0 && seconds > 0 && (seconds >= 1 || done === total)
  const speed = measured ? `${formatRate(rate)} posts/s, ` : ''
  return `tsuzuri: ${bar} ${done}/${total}  ${speed}${left}`
}

function formatRate(rate: number): string {
  return rate >= 10 ? String(Math.round(rate)) : rate.toFixed(1)
}

export function formatEta(seconds: number): string {
  if (seconds < 1) return 'a second'
  if (seconds < 60) return `${Math.ceil(seconds)} s`
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

/** Shorter than the terminal is wide: the bar goes first, then the end is cut. */
function fit(text: string, columns: number | undefined): string {
  // A terminal that does not say how wide it is (0, as some pseudo-terminals do) is taken as 80.
  const width = Math.max((columns || 80) - 1, 10)
  if (text.length <= width) return text
  const shorter = text.replace(/ \[[#-]+\]/, '')
  return shorter.length <= width ? shorter : shorter.slice(0, width)
}
