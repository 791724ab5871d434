// How long from setting a parsed essay on <tsuzuri-essay> to its first rendered frame, in
// Chromium, against a baseline measured in the same run: the same HTML set with innerHTML.
//
// Run with `pnpm --filter @tsuzuri/embed bench` (or `pnpm bench` at the root) after a build.
// Not a test: numbers vary by machine; the ratio is what to compare.

import {readFileSync} from 'node:fs'
import {createServer} from 'node:http'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromiumLaunchOptions} from '@tsuzuri/chromium'
import {corpusDirectory} from '@tsuzuri/corpus'
import {chromium} from 'playwright-core'

const runs = Number(process.env.RUNS ?? 40)
const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url))

/** About `bytes` of Japanese Markdown: one essay, then sections of others (without titles). */
function essayOf(bytes) {
  const files = [
    'mommy-track.md',
    'papa-ikukyu.md',
    'henzutsu.md',
    'moetsuki.md',
    'enkyori-kaigo.md',
  ]
  const [first, ...rest] = files.map((file) => readFileSync(join(corpusDirectory, file), 'utf8'))
  let text = first ?? ''
  for (const essay of rest) {
    const body = essay.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^# .*$/m, '')
    for (const section of body.split(/\n(?=## )/)) {
      const next = `${text}\n\n${section.trim()}`
      if (Buffer.byteLength(next) > bytes) return text
      text = next
    }
  }
  return text
}

const markdown = essayOf(9600)
const page = `<!doctype html><html lang="ja"><meta charset="utf-8"><title>bench</title>
<script type="module" src="/cdn/tsuzuri-essay.js"></script>
<script type="module">
  import {parseEssay} from '/cdn/tsuzuri-essay-parser.js'
  window.bench = {essay: parseEssay(${JSON.stringify(markdown)})}
</script><main id="stage"></main>`

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname
  if (path.startsWith('/cdn/')) {
    response.writeHead(200, {'content-type': 'text/javascript'})
    response.end(readFileSync(join(cdn, path.slice(5))))
  } else {
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'})
    response.end(page)
  }
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
const {port} = /** @type {import('node:net').AddressInfo} */ (server.address())

const browser = await chromium.launch(chromiumLaunchOptions)

try {
  const tab = await browser.newPage({viewport: {width: 1024, height: 800}})
  await tab.goto(`http://127.0.0.1:${port}/`)
  await tab.waitForFunction(() => 'bench' in window && customElements.get('tsuzuri-essay'))
  const result = await tab.evaluate(async (count) => {
    const {essay} = /** @type {any} */ (window).bench
    const stage = /** @type {HTMLElement} */ (document.getElementById('stage'))
    const escapeHtml = (/** @type {string} */ text) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    /** The HTML the element shows, as one string: headings and the sections' HTML. */
    const flatten = (/** @type {any[]} */ sections, /** @type {number} */ level) =>
      sections
        .map(
          (section) =>
            `<section>${section.heading === null ? '' : `<h${level}>${escapeHtml(section.heading)}</h${level}>`}${section.html}${flatten(section.children, Math.min(level + 1, 6))}</section>`,
        )
        .join('')
    const html = `<h2>${escapeHtml(essay.title ?? '')}</h2>${flatten(essay.sections, 3)}`
    /** After the next frame is painted. */
    const painted = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

    /** Time to the next painted frame, and to style and layout done, for one render. */
    async function measure(
      /** @type {(target: HTMLElement) => Promise<void> | void} */ render,
      /** @type {() => HTMLElement} */ create,
    ) {
      stage.replaceChildren()
      const target = create()
      stage.append(target)
      await painted()
      const start = performance.now()
      await render(target)
      void target.getBoundingClientRect().height
      const laidOut = performance.now() - start
      await painted()
      return {frame: performance.now() - start, laidOut}
    }

    /** Set the essay on a new, connected element (`layout` as given). */
    const essayIn = (/** @type {string} */ layout) => ({
      create: () => Object.assign(document.createElement('tsuzuri-essay'), {layout}),
      render: async (/** @type {any} */ target) => {
        target.essay = essay
        await target.updateComplete
      },
    })
    const cases = {
      tabs: essayIn('tabs'),
      stack: essayIn('stack'),
      baseline: {
        create: () => document.createElement('div'),
        render: (/** @type {HTMLElement} */ target) => {
          target.innerHTML = html
        },
      },
    }
    /** @type {Record<string, {frame: number[], laidOut: number[]}>} */
    const times = {
      tabs: {frame: [], laidOut: []},
      stack: {frame: [], laidOut: []},
      baseline: {frame: [], laidOut: []},
    }
    for (let run = 0; run < count; run++) {
      for (const [name, {create, render}] of Object.entries(cases)) {
        const time = await measure(render, create)
        // The first runs warm up the JIT and caches; keep the rest.
        if (run < 5) continue
        times[name]?.frame.push(time.frame)
        times[name]?.laidOut.push(time.laidOut)
      }
    }
    return {times, htmlBytes: new Blob([html]).size}
  }, runs)

  const median = (/** @type {number[]} */ values) => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
  }
  const row = (
    /** @type {string} */ name,
    /** @type {{frame: number[], laidOut: number[]}} */ data,
  ) =>
    `${name.padEnd(34)} ${median(data.laidOut).toFixed(2).padStart(7)} ms ${median(data.frame).toFixed(2).padStart(8)} ms`
  const {tabs, stack, baseline} =
    /** @type {Record<string, {frame: number[], laidOut: number[]}>} */ (result.times)
  if (!tabs || !stack || !baseline) throw new Error('Missing measurements')
  const ratio = (
    /** @type {{frame: number[], laidOut: number[]}} */ data,
    /** @type {'frame' | 'laidOut'} */ key,
  ) => `${(median(data[key]) / median(baseline[key])).toFixed(2)}×`

  console.log(
    `\n<tsuzuri-essay> render benchmark: a parsed essay of ${Buffer.byteLength(markdown)} B of Markdown (${result.htmlBytes} B of HTML), median of ${runs - 5} runs, Chromium ${browser.version()}\n`,
  )
  console.log(`${''.padEnd(34)} ${'to layout'.padStart(10)} ${'to frame'.padStart(11)}`)
  console.log(row('baseline: same HTML via innerHTML', baseline))
  console.log(row('.essay = essay, layout="tabs"', tabs))
  console.log(
    `${'  ratio to baseline'.padEnd(34)} ${ratio(tabs, 'laidOut').padStart(10)} ${ratio(tabs, 'frame').padStart(11)}`,
  )
  console.log(row('.essay = essay, layout="stack"', stack))
  console.log(
    `${'  ratio to baseline'.padEnd(34)} ${ratio(stack, 'laidOut').padStart(10)} ${ratio(stack, 'frame').padStart(11)}`,
  )
  const frame = median(tabs.frame)
  console.log(
    `\nTabs: style and layout done in ${median(tabs.laidOut).toFixed(1)} ms (${median(tabs.laidOut) <= 16.7 ? 'within' : 'over'} one 60 Hz frame, 16.7 ms); next frame painted after ${frame.toFixed(1)} ms (includes waiting for the frame).`,
  )
} finally {
  await browser.close()
  server.close()
}
