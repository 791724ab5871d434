/**
 * `pnpm bench`, issue 13 §1: how `tsuzuri index` scales, on 2,000 posts generated from the
 * corpus's Markdown essays (each essay repeated with changes), against the bare remark pipeline
 * (read, `unified().use(remarkParse).use(remarkHtml)`, write) over the same files in the same
 * run. Figures: files per second and the ratio to that pipeline's time, for one job, for every
 * core and for a second run over the unchanged folder with a cache; and peak memory at 2,000 and
 * at 8,000 posts. Whether each target of the issue is met is printed; a missed target is a
 * figure, not a failure (benchmarks are not tests), but an error in any run fails the script.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {availableParallelism, cpus, loadavg, tmpdir, totalmem} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {readCorpus} from '@tsuzuri/corpus'
import remarkHtml from 'remark-html'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const posts = 2000
const manyPosts = 8000
// Each timed run takes a few seconds: three passes each, taking turns, and the fastest counts.
const passes = 3
const cores = availableParallelism()
const targets = {oneJob: 1.4, allCores: 1.7, memory: 1.2}

const cli = fileURLToPath(new URL('../bin/tsuzuri.js', import.meta.url))
const essays = readCorpus().filter((entry) => entry.expected.format === 'markdown')

/** A small deterministic generator (mulberry32), so every run writes the same posts. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A paragraph of plain prose, which can move within its section without changing what the
 * essay is: not a heading, list, quote, table, HTML or bold pseudo-heading, and not a lead-in
 * (`…:`) to the block after it.
 */
const isProse = (block) =>
  !/^[\s#>*+\-|<`=_\d]/.test(block) && !/[:：]\s*$/.test(block) && !/\n[=-]+[ \t]*$/m.test(block)

/**
 * Post number `number` (from 1): `essay` with a numbered title, its prose paragraphs shuffled
 * within each run of them (so within a section), and one paragraph given one more sentence.
 */
function variant(essay, number) {
  const ja = essay.expected.lang === 'ja'
  const next = random(number)
  let source = essay.source.replace(/\r\n?/g, '\n')
  let front = ''
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(source)
  if (frontmatter) {
    front = frontmatter[0]
    source = source.slice(front.length)
  }
  const suffix = ja ? `（その${number}）` : ` (No. ${number})`
  const blocks = source.split(/\n{2,}/)
  const heading = blocks.findIndex((block) => /^# /.test(block))
  if (/^title:/m.test(front)) {
    front = front.replace(
      /^title:[ \t]*(["']?)(.*)\1[ \t]*$/m,
      (_, quote, title) => `title: ${quote}${title}${suffix}${quote}`,
    )
  } else if (heading !== -1 && !front) {
    blocks[heading] = blocks[heading].replace(/^# .*/, (line) => `${line}${suffix}`)
  } else {
    const title = `title: "${ja ? '投稿' : 'Post'}${suffix}"`
    front = front ? front.replace(/^---\n/, `---\n${title}\n`) : `---\n${title}\n---\n\n`
  }
  const prose = []
  for (let start = 0; start < blocks.length; start++) {
    let end = start
    while (end < blocks.length && isProse(blocks[end])) prose.push(end++)
    const run = blocks.slice(start, end)
    for (let index = run.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1))
      ;[run[index], run[other]] = [run[other], run[index]]
    }
    blocks.splice(start, run.length, ...run)
    start = end
  }
  if (prose.length > 0) {
    const chosen = prose[Math.floor(next() * prose.length)]
    blocks[chosen] += ja
      ? `これは${number}番目に書き直した版です。`
      : ` This is version ${number} of the post.`
  }
  return front + blocks.join('\n\n')
}

/** Write `count` posts under `folder`, one folder per round through the corpus. */
function generate(folder, count) {
  const files = []
  let characters = 0
  for (let number = 1; number <= count; number++) {
    const essay = essays[(number - 1) % essays.length]
    const round = String(Math.ceil(number / essays.length)).padStart(3, '0')
    const path = join(folder, `round-${round}`, essay.file)
    const text = variant(essay, number)
    if ((number - 1) % essays.length === 0) mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, text)
    files.push({path, relative: join(`round-${round}`, essay.file)})
    characters += text.length
  }
  return {files, characters}
}

const bare = unified().use(remarkParse).use(remarkHtml)

/** The bare pipeline: every file read, processed and written, one at a time, in this process. */
async function runBare(files, outDir) {
  globalThis.gc?.()
  const start = performance.now()
  const made = new Set()
  for (const {path, relative} of files) {
    const output = join(outDir, relative.replace(/\.md$/, '.html'))
    const folder = dirname(output)
    if (!made.has(folder)) {
      await mkdir(folder, {recursive: true})
      made.add(folder)
    }
    const file = await bare.process(await readFile(path, 'utf8'))
    await writeFile(output, String(file))
  }
  return performance.now() - start
}

/**
 * Peak memory comes from GNU time's `-v` report when it is installed: it reads the maximum
 * resident set size from the kernel when the process ends (wait4), for the whole process with
 * its worker threads, without adding any code to the process measured. Without it, a module
 * preloaded with `--import` reports `process.resourceUsage().maxRSS` (the same kernel figure)
 * at exit.
 */
const gnuTime =
  existsSync('/usr/bin/time') &&
  /Maximum resident set size/.test(
    spawnSync('/usr/bin/time', ['-v', process.execPath, '-e', ''], {encoding: 'utf8'}).stderr ?? '',
  )
    ? '/usr/bin/time'
    : undefined

/**
 * Run `tsuzuri index` in a fresh process, into an empty `outDir` unless `keep` (a second run over
 * the first one's outputs): its wall time (ms), max RSS (KB), summary and collection size.
 */
function runIndex(scratch, inputDir, outDir, flags, keep = false) {
  if (!keep) rmSync(outDir, {recursive: true, force: true})
  const rssFile = join(scratch, 'max-rss')
  const args = [cli, 'index', inputDir, '--out', outDir, '--quiet', ...flags]
  let command = process.execPath
  if (gnuTime) {
    args.unshift('-v', process.execPath)
    command = gnuTime
  } else {
    args.unshift(`--import=${pathToFileURL(join(scratch, 'max-rss.js')).href}`)
  }
  const start = performance.now()
  const result = spawnSync(command, args, {
    cwd: scratch,
    encoding: 'utf8',
    env: {...process.env, TSUZURI_BENCH_RSS: rssFile},
    maxBuffer: 64 * 1024 * 1024,
  })
  const ms = performance.now() - start
  if (result.error) throw result.error
  if (result.status !== 0) {
    throw new Error(
      `tsuzuri index ${flags.join(' ')} exited with ${result.status}:\n${result.stderr.slice(-4000)}`,
    )
  }
  const rss = gnuTime
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1])
    : Number(readFileSync(rssFile, 'utf8'))
  if (!(rss > 0)) throw new Error(`no peak memory figure for tsuzuri index:\n${result.stderr}`)
  const summary = /tsuzuri: (\d+) parsed(?: \((\d+) unchanged, from the cache\))?/.exec(
    result.stderr,
  )
  if (!summary) throw new Error(`tsuzuri index printed no summary:\n${result.stderr}`)
  const collection = JSON.parse(readFileSync(join(outDir, 'collection.json'), 'utf8'))
  return {
    ms,
    rss,
    parsed: Number(summary[1]),
    unchanged: Number(summary[2] ?? 0),
    essays: collection.essays.length,
  }
}

function check(run, count, label) {
  if (run.essays !== count || run.parsed !== count) {
    throw new Error(
      `${label}: ${run.parsed} parsed and ${run.essays} in the collection, not ${count}`,
    )
  }
}

const rate = (count, ms) => `${((count * 1000) / ms).toFixed(0).padStart(5)} files/s`
const seconds = (ms) => `${(ms / 1000).toFixed(2).padStart(6)} s`
const verdict = (met) => (met ? 'met' : 'MISSED')
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')

const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(
  `Machine: ${cpu}, ${cores} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}; load average ${load()}`,
)

const scratch = mkdtempSync(join(tmpdir(), 'tsuzuri-bench-index-'))
try {
  writeFileSync(
    join(scratch, 'max-rss.js'),
    "import {writeFileSync} from 'node:fs'\nprocess.on('exit', () => writeFileSync(process.env.TSUZURI_BENCH_RSS, String(process.resourceUsage().maxRSS)))\n",
  )
  const postsDir = join(scratch, 'posts')
  const {files, characters} = generate(postsDir, posts)
  console.log(
    `Posts: ${posts} generated from the corpus's ${essays.length} Markdown essays (numbered titles, shuffled paragraphs, one sentence added), ${(characters / 1024 ** 2).toFixed(1)} M characters\n`,
  )

  const bareOut = join(scratch, 'bare-out')
  const indexOut = join(scratch, 'index-out')
  const times = {bare: [], one: [], all: []}
  for (let pass = 0; pass < passes; pass++) {
    rmSync(bareOut, {recursive: true, force: true})
    times.bare.push(await runBare(files, bareOut))
    const one = runIndex(scratch, postsDir, indexOut, ['--jobs', '1', '--no-cache'])
    check(one, posts, '--jobs 1')
    times.one.push(one.ms)
    const all = runIndex(scratch, postsDir, indexOut, ['--jobs', String(cores), '--no-cache'])
    check(all, posts, `--jobs ${cores}`)
    times.all.push(all.ms)
  }

  // The cache: a first run fills it, then runs over the unchanged folder read it.
  const cacheDir = join(scratch, 'cache')
  const cachedOut = join(scratch, 'cached-out')
  const cacheFlags = ['--jobs', String(cores), '--cache', cacheDir]
  const filling = runIndex(scratch, postsDir, cachedOut, cacheFlags)
  check(filling, posts, 'first run with a cache')
  // The outputs stay: that is what a second run over an unchanged folder finds.
  const cached = []
  let fromCache = posts
  for (let pass = 0; pass < passes; pass++) {
    const run = runIndex(scratch, postsDir, cachedOut, cacheFlags, true)
    check(run, posts, 'cached run')
    cached.push(run.ms)
    fromCache = Math.min(fromCache, run.unchanged)
  }

  const best = (list) => Math.min(...list)
  const base = best(times.bare)
  const one = best(times.one)
  const all = best(times.all)
  const second = best(cached)
  console.log(
    `${posts} posts, wall time, fastest of ${passes} passes taking turns (tsuzuri index in a fresh process, --quiet):`,
  )
  console.log(
    `  remark (baseline), in process     ${seconds(base)}  ${rate(posts, base)}  1.00× baseline`,
  )
  console.log(
    `  tsuzuri index --jobs 1 --no-cache ${seconds(one)}  ${rate(posts, one)}  ${(one / base).toFixed(2)}× baseline (target ≤ ${targets.oneJob}×: ${verdict(one / base <= targets.oneJob)})`,
  )
  const speedUp = one / all
  const coresVerdict =
    cores === 2
      ? verdict(speedUp >= targets.allCores)
      : `not judged: the target is for 2 cores, this machine has ${cores}`
  console.log(
    `  tsuzuri index --jobs ${String(cores).padEnd(2)}--no-cache ${seconds(all)}  ${rate(posts, all)}  ${(all / base).toFixed(2)}× baseline, ${speedUp.toFixed(2)}× faster than 1 job (target ≥ ${targets.allCores}×: ${coresVerdict})`,
  )
  console.log(
    `  tsuzuri index, cached second run  ${seconds(second)}  ${rate(posts, second)}  ${(second / base).toFixed(2)}× baseline, ${(all / second).toFixed(2)}× faster than without a cache (${fromCache} of ${posts} from the cache; the run that filled it: ${seconds(filling.ms).trim()})`,
  )

  // Peak memory: the default jobs, no cache, every post parsed; 8,000 in a folder of its own.
  const small = runIndex(scratch, postsDir, indexOut, ['--jobs', String(cores), '--no-cache'])
  check(small, posts, 'memory, 2,000 posts')
  rmSync(join(scratch, 'posts'), {recursive: true, force: true})
  rmSync(bareOut, {recursive: true, force: true})
  rmSync(cachedOut, {recursive: true, force: true})
  const manyDir = join(scratch, 'many-posts')
  generate(manyDir, manyPosts)
  const large = runIndex(scratch, manyDir, indexOut, ['--jobs', String(cores), '--no-cache'])
  check(large, manyPosts, 'memory, 8,000 posts')
  const growth = large.rss / small.rss
  console.log(
    `\nPeak memory of tsuzuri index --jobs ${cores} --no-cache (max RSS, ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage() at exit'}, one run each):`,
  )
  console.log(
    `  ${String(posts).padStart(5)} posts ${(small.rss / 1024).toFixed(0).padStart(5)} MB  (${seconds(small.ms).trim()}, ${rate(posts, small.ms).trim()})`,
  )
  console.log(
    `  ${String(manyPosts).padStart(5)} posts ${(large.rss / 1024).toFixed(0).padStart(5)} MB  (${seconds(large.ms).trim()}, ${rate(manyPosts, large.ms).trim()})`,
  )
  console.log(
    `  growth ${growth.toFixed(2)}× for ${manyPosts / posts}× the posts (target ≤ ${targets.memory}×: ${verdict(growth <= targets.memory)})`,
  )
  console.log(`\nLoad average at the end: ${load()}`)
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
