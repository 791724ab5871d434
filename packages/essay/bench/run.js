/**
 * `pnpm bench`: how fast and how lean `parseEssay` is, measured against the bare remark pipeline
 * (`unified().use(remarkParse).use(remarkHtml)`) in the same run, on the sample corpus.
 * Figures are ratios to that baseline, so they compare across machines.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir, totalmem} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {readCorpus} from '@tsuzuri/corpus'
import {parseEssay, toHtml} from '@tsuzuri/essay'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkHtml from 'remark-html'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const markdown = readCorpus()
  .filter((entry) => entry.expected.format === 'markdown')
  .map((entry) => entry.source)
const bare = unified().use(remarkParse).use(remarkHtml)

const pipelines = {
  'remark (baseline)': (input) => String(bare.processSync(input)),
  'parseEssay → JSON': (input) => JSON.stringify(parseEssay(input)),
  'parseEssay → toHtml': (input) => toHtml(parseEssay(input)),
}

/**
 * Fastest time of each pipeline over `inputs`, in ms, after warming up. The pipelines take turns,
 * sample by sample, so that none is measured while the JIT or the machine is in a different
 * state than for the others; the minimum, with a collection before each sample, is what the
 * code costs, since the noise of a shared machine only ever adds.
 */
function measure(fns, inputs, minimumMs = 1500) {
  for (let warm = 0; warm < 3; warm++) for (const fn of fns) for (const input of inputs) fn(input)
  const best = fns.map(() => Number.POSITIVE_INFINITY)
  let samples = 0
  const start = performance.now()
  while (performance.now() - start < minimumMs * fns.length || samples < 5) {
    for (const [index, fn] of fns.entries()) {
      globalThis.gc?.()
      const t0 = performance.now()
      for (const input of inputs) fn(input)
      best[index] = Math.min(best[index], performance.now() - t0)
    }
    samples++
  }
  return best
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(
  `Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`,
)
console.log(
  `Corpus: ${markdown.length} Markdown essays, ${(markdown.join('').length / 1024).toFixed(1)} K characters\n`,
)

console.log('Whole corpus, fastest pass:')
const names = Object.keys(pipelines)
const times = measure(Object.values(pipelines), markdown)
for (const [index, name] of names.entries()) {
  const time = times[index]
  console.log(
    `  ${name.padEnd(22)} ${time.toFixed(2).padStart(8)} ms  ${(time / times[0]).toFixed(2)}× baseline`,
  )
}

/**
 * HTML (issue 11 §4): saved pages of five platforms (test/html-pages) and the corpus's Markdown
 * essays as remark-html's HTML, against rehype-parse + rehype-remark + remark-html on the same
 * HTML in the same run (target: at most 1.3×).
 */
const pagesFolder = new URL('../test/html-pages/', import.meta.url)
const html = [
  ...['wordpress', 'note', 'ameblo', 'medium', 'hatena'].map((name) =>
    readFileSync(new URL(`${name}.html`, pagesFolder), 'utf8'),
  ),
  ...markdown.map((input) => String(bare.processSync(input))),
]
const bareHtml = unified().use(rehypeParse).use(rehypeRemark).use(remarkHtml)
const htmlTimes = measure(
  [
    (input) => String(bareHtml.processSync(input)),
    (input) => JSON.stringify(parseEssay(input, {format: 'html'})),
  ],
  html,
)
console.log(
  `\nHTML: ${html.length} documents (5 saved pages, ${markdown.length} posts), fastest pass:`,
)
console.log(
  `  rehype-parse + rehype-remark + remark-html ${htmlTimes[0].toFixed(2).padStart(8)} ms  1.00× baseline`,
)
console.log(
  `  parseEssay(html) → JSON                    ${htmlTimes[1].toFixed(2).padStart(8)} ms  ${(htmlTimes[1] / htmlTimes[0]).toFixed(2)}× baseline`,
)

console.log(
  '\nGrowth from one essay to the same essay repeated 64 times (time ratio; 64 = linear), per language:',
)
const longestOf = (lang) =>
  readCorpus()
    .filter((entry) => entry.expected.format === 'markdown' && entry.expected.lang === lang)
    .map((entry) => entry.source)
    .reduce((a, b) => (b.length > a.length ? b : a))
let repeated = ''
for (const lang of ['ja', 'en']) {
  const longest = longestOf(lang)
  const many = Array.from({length: 64}, () => longest).join('\n\n')
  if (lang === 'ja') repeated = many
  const ones = measure(Object.values(pipelines), [longest], 800)
  const manys = measure(Object.values(pipelines), [many], 2500)
  console.log(
    `  ${lang}: ${(longest.length / 1000).toFixed(1)} K characters → ${(many.length / 1000).toFixed(0)} K`,
  )
  for (const [index, name] of names.entries()) {
    const one = ones[index]
    const m = manys[index]
    console.log(
      `    ${name.padEnd(22)} 1×: ${one.toFixed(2).padStart(7)} ms  64×: ${m.toFixed(1).padStart(8)} ms  growth ${(m / one).toFixed(1)}`,
    )
  }
}

console.log('\nPeak memory (max RSS of a fresh process) parsing the 64× Japanese essay:')
const memoryScript = fileURLToPath(new URL('./memory.js', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'tsuzuri-bench-'))
const inputPath = join(scratch, 'essay-64x.md')
writeFileSync(inputPath, repeated)
const rss = {}
for (const name of Object.keys(pipelines)) {
  const result = spawnSync(process.execPath, [memoryScript, name, inputPath], {encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`memory run failed: ${result.stderr}`)
  rss[name] = JSON.parse(result.stdout)
}
rmSync(scratch, {recursive: true, force: true})
const baseRss = rss['remark (baseline)'].peak - rss['remark (baseline)'].idle
for (const [name, {idle, peak}] of Object.entries(rss)) {
  console.log(
    `  ${name.padEnd(22)} ${(peak / 1024).toFixed(0).padStart(5)} MB (+${((peak - idle) / 1024).toFixed(0)} MB over idle, ${((peak - idle) / baseRss).toFixed(2)}× baseline)`,
  )
}

/**
 * Long inputs (issue 9 §2): an essay of 8 M characters (the corpus's Markdown essays, repeated)
 * and 100,000 headings, and each at an eighth of that size. Each pipeline parses each input once
 * in a fresh process, which reports its time and peak memory. Figures are ratios to bare remark
 * on the same input in this run; growth from the eighth to the whole is 8 when linear.
 */
const million = 1024 * 1024
function corpusOf(size) {
  const essays = []
  for (let length = 0, index = 0; length < size; index++) {
    const essay = markdown[index % markdown.length]
    essays.push(essay)
    length += essay.length + 2
  }
  return essays.join('\n\n')
}
const headings = (count) =>
  Array.from({length: count}, (_, index) => `## Heading ${index}\n`).join('\n')
// One paragraph of dense inline markup, in a shape remark parses in linear time too (it is
// quadratic on `[a][b] ` repeated): past its budget, parseEssay reads the rest as plain text.
const dense = (size) => '`a` &amp; \\* '.repeat(Math.ceil(size / 13))
const longInputs = [
  ['8 M-character essay', () => corpusOf(million), () => corpusOf(8 * million)],
  ['100k headings', () => headings(12_500), () => headings(100_000)],
  ['1 M characters of dense inline markup', () => dense(million / 8), () => dense(million)],
]
console.log(
  '\nLong inputs, one parse each in a fresh process (time and memory over idle; ratio to remark; growth from 1/8 of the size, 8 = linear):',
)
const longScratch = mkdtempSync(join(tmpdir(), 'tsuzuri-bench-'))
const path = join(longScratch, 'input.md')
function runOnce(name, input) {
  writeFileSync(path, input)
  const result = spawnSync(process.execPath, [memoryScript, name, path], {encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`long-input run failed: ${result.stderr}`)
  const {idle, peak, ms} = JSON.parse(result.stdout)
  return {ms, mb: (peak - idle) / 1024}
}
for (const [label, eighth, whole] of longInputs) {
  const small = eighth()
  const large = whole()
  console.log(`  ${label} (${(large.length / million).toFixed(1)} M characters):`)
  let base
  for (const name of ['remark (baseline)', 'parseEssay → JSON']) {
    const one = runOnce(name, small)
    const all = runOnce(name, large)
    base ??= all
    console.log(
      `    ${name.padEnd(22)} ${(all.ms / 1000).toFixed(1).padStart(6)} s (${(all.ms / base.ms).toFixed(2)}× baseline, growth ${(all.ms / one.ms).toFixed(1)})  +${all.mb.toFixed(0).padStart(5)} MB (${(all.mb / base.mb).toFixed(2)}× baseline, growth ${(all.mb / one.mb).toFixed(1)})`,
    )
  }
}
rmSync(longScratch, {recursive: true, force: true})
