import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {readCorpus} from '@tsuzuri/corpus'
import {parseEssay} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
import {collectionChunks} from '../src/cli/collection-output.js'
import {
  type CacheEntry,
  cacheKey,
  defaultCacheFolder,
  readCacheEntry,
  writeCacheEntry,
} from '../src/cli/index-cache.js'
import {describe as describeProgress, formatEta, progressLine} from '../src/cli/progress-line.js'
import {SummarySpool} from '../src/cli/summary-spool.js'
import {WorkerPool} from '../src/cli/worker-pool.js'
import {
  assembleCollection,
  defaultMaxTextLength,
  summarizeEssay,
} from '../src/lib/collection/index.js'

describe('tsuzuri index: the progress line', () => {
  it('should say the count, the rate and about how long is left', () => {
    expect(describeProgress(0, 10_000, 0)).toBe('tsuzuri: [--------------------] 0/10000  starting')
    expect(describeProgress(1234, 10_000, 4)).toBe(
      'tsuzuri: [##------------------] 1234/10000  309 posts/s, about 29 s left',
    )
    expect(describeProgress(3, 10_000, 2)).toBe(
      'tsuzuri: [--------------------] 3/10000  1.5 posts/s, about 1 h 52 min left',
    )
    expect(describeProgress(10, 10, 2)).toBe(
      'tsuzuri: [####################] 10/10  5.0 posts/s, done',
    )
    expect([0.2, 59.1, 61, 3600].map(formatEta)).toEqual(['a second', '60 s', '2 min', '1 h 0 min'])
  })

  it('should redraw one line at most every 100 ms, under the lines printed above it', () => {
    let time = 0
    let screen = ''
    const line = progressLine({
      total: 3,
      columns: 40,
      now: () => time,
      write: (text) => {
        screen += text
      },
    })
    line.tick()
    time = 50
    line.tick()
    expect(screen).toBe('\rtsuzuri: 1/3  starting\x1b[K')
    line.clear()
    screen += 'tsuzuri: a warning\n'
    line.draw()
    time = 2000
    line.tick()
    line.stop()
    line.draw()
    expect(screen).toBe(
      '\rtsuzuri: 1/3  starting\x1b[K\r\x1b[Ktsuzuri: a warning\n\rtsuzuri: 2/3  starting\x1b[K' +
        '\rtsuzuri: 3/3  1.5 posts/s, done\x1b[K\r\x1b[K',
    )
  })

  it('should do nothing when standard error is not a terminal', () => {
    const line = progressLine(undefined)
    expect(() => {
      line.tick()
      line.clear()
      line.draw()
      line.stop()
    }).not.toThrow()
  })
})

describe('tsuzuri index: the cache', () => {
  const parts = {version: '1.0.0', format: 'markdown', lang: undefined, maxTextLength: 140}
  const entry: CacheEntry = {
    summary: {
      title: 'T',
      author: null,
      date: null,
      url: 'https://example.com/t',
      lang: 'en',
      tags: ['care'],
      kinds: {intro: [{id: 'intro', heading: null, text: 'Hello.'}]},
      slug: null,
    },
    warnings: [],
    output: {size: 10, sha256: 'ab'},
  }

  it('should key an input by its text, the version, how it was read and --lang', () => {
    const key = cacheKey('# Post', parts)
    expect(key).toMatch(/^[\da-f]{64}$/)
    expect(cacheKey('# Post', parts)).toBe(key)
    for (const other of [
      cacheKey('# Post.', parts),
      cacheKey('# Post', {...parts, version: '1.0.1'}),
      cacheKey('# Post', {...parts, format: 'text'}),
      cacheKey('# Post', {...parts, lang: 'en'}),
      cacheKey('# Post', {...parts, maxTextLength: 100}),
    ]) {
      expect(other).not.toBe(key)
    }
  })

  it('should read back what it wrote, and take an entry that does not look right as a miss', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tsuzuri-cache-'))
    const key = cacheKey('# Post', parts)
    expect(await readCacheEntry(folder, key)).toBeUndefined()
    await writeCacheEntry(folder, key, entry)
    expect(await readCacheEntry(folder, key)).toMatchObject(entry)
    const forged = {...entry, summary: {...entry.summary, url: 'javascript:alert(1)'}}
    writeFileSync(
      join(folder, key.slice(0, 2), `${key}.json`),
      JSON.stringify({cache: 1, ...forged}),
    )
    expect(await readCacheEntry(folder, key)).toBeUndefined()
    writeFileSync(join(folder, key.slice(0, 2), `${key}.json`), '{"cache": 1, "summ')
    expect(await readCacheEntry(folder, key)).toBeUndefined()
  })

  it('should never replace a file it did not write where an entry would go', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tsuzuri-cache-'))
    const key = cacheKey('# Post', parts)
    const path = join(folder, key.slice(0, 2), `${key}.json`)
    mkdirSync(join(folder, key.slice(0, 2)))
    writeFileSync(path, '{"mine": true}\n')
    await writeCacheEntry(folder, key, entry)
    expect(readFileSync(path, 'utf8')).toBe('{"mine": true}\n')
    // A broken entry of its own is replaced.
    writeFileSync(path, '{"$generator":"tsuzuri index","cache": 1, "summ')
    await writeCacheEntry(folder, key, entry)
    expect(await readCacheEntry(folder, key)).toMatchObject(entry)
  })

  it('should default to node_modules/.cache/tsuzuri in the nearest project', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tsuzuri-project-'))
    mkdirSync(join(root, 'content/posts'), {recursive: true})
    writeFileSync(join(root, 'package.json'), '{}')
    expect(await defaultCacheFolder(join(root, 'content/posts'))).toBe(
      join(root, 'node_modules/.cache/tsuzuri'),
    )
  })
})

describe('tsuzuri index: summaries kept on disk', () => {
  it('should give back, in input order, the collection assembleCollection builds', async () => {
    const essays = readCorpus().slice(0, 40)
    const named = essays.map((entry, index) => ({
      summary: summarizeEssay(parseEssay(entry.source), defaultMaxTextLength),
      // Two posts asking for one id: the second gets `-1`, as in `assembleCollection`.
      name: index === 7 ? 'same-name' : index === 3 ? 'same-name' : entry.file.replace(/\..*/, ''),
      file: `${entry.file}.json`,
    }))
    const skipped = [{input: 'broken.md', reason: 'line 2: Malformed frontmatter'}]
    const spools = () =>
      readdirSync(tmpdir()).filter((name) => name.startsWith('tsuzuri-summaries-'))
    const before = spools()
    const spool = await SummarySpool.open()
    try {
      // Added out of order, several at once, as workers finish.
      const order = named.map((_, index) => index).reverse()
      await Promise.all(order.map((index) => spool.add(index, named[index] as never)))
      let text = ''
      for await (const chunk of collectionChunks({
        lines: spool.lines(),
        facets: spool.facets(),
        skipped,
      }))
        text += chunk
      const {$generator, ...collection} = JSON.parse(text)
      expect($generator).toBe('tsuzuri index')
      expect(collection).toEqual(assembleCollection(named, skipped))
      // One essay per line, so that a change to one post changes one line.
      expect(text.split('\n')).toHaveLength(named.length + 3)
    } finally {
      await spool.close()
    }
    // Its temporary file is gone once the collection is written.
    expect(spools()).toEqual(before)
  })
})

describe('tsuzuri index: the worker pool', () => {
  it('should fail only the task at fault when a worker running two dies', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tsuzuri-pool-'))
    const module = join(folder, 'worker.mjs')
    // Each task takes a while, so two are in flight on the one worker when `crash` throws.
    writeFileSync(
      module,
      `import {parentPort} from 'node:worker_threads'
parentPort.on('message', ({id, task}) => {
  if (task === 'crash') setTimeout(() => { throw new Error('boom') }, 20)
  else setTimeout(() => parentPort.postMessage({id, result: 'done ' + task}), 60)
})
parentPort.postMessage('ready')
`,
    )
    const pool = new WorkerPool<string, string>(
      pathToFileURL(module),
      1,
      (error) => `crashed (${error.message})`,
    )
    await pool.start()
    try {
      const results = await Promise.all(['a', 'crash', 'b', 'c'].map((task) => pool.run(task)))
      expect(results).toEqual(['done a', 'crashed (boom)', 'done b', 'done c'])
    } finally {
      await pool.close()
    }
  })
})
