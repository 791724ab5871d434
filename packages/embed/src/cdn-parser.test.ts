import {parseEssay} from '@tsuzuri/essay'
import {expect, it} from 'vitest'
import {noReferencesEssay, referencesEssay} from '../test/references.js'

type Chunk = {
  parseEssay: typeof parseEssay
  loadReferences: (text: string) => Promise<void>
}

const chunk = (): Promise<Chunk> =>
  import(/* @vite-ignore */ new URL('../dist/cdn/tsuzuri-essay-parser.js', import.meta.url).href)

/** Whether this page has fetched the CDN build's table of named character references. */
const tableFetched = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes('tsuzuri-essay-entities.js'))

/** Whether this page has fetched the CDN build's Japanese profile. */
const japaneseFetched = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes('tsuzuri-essay-ja.js'))

/** What `parseEssay` returns in Node, as JSON. */
const inNode = async (name: 'with' | 'without') =>
  (await fetch(`/__fixtures/references/${name}`)).json()

// Tests in this file share the chunk and its table: the one that must not load it comes first.
it('should parse text without named references like Node, without fetching the table of names', async () => {
  const parser = await chunk()
  await parser.loadReferences(noReferencesEssay)
  expect(JSON.parse(JSON.stringify(parser.parseEssay(noReferencesEssay)))).toEqual(
    await inNode('without'),
  )
  expect(tableFetched()).toBe(false)
  expect(() => parser.parseEssay('I waited&hellip;')).toThrow(/loadReferences/)
})

// Likewise the Japanese profile: English text never fetches it, Japanese text needs it loaded.
it('should parse English without fetching the Japanese profile, and ask for it before Japanese', async () => {
  const parser = await chunk()
  const english =
    '# Back at work\n\nI came back.\n\n## What helped\n\n- Ask early.\n- Write it down.'
  await parser.loadReferences(english)
  expect(parser.parseEssay(english)).toEqual(parseEssay(english))
  expect(japaneseFetched()).toBe(false)
  const japanese = '# 復帰した日\n\n席が変わっていました。\n\n## 対策\n\n- 上司と話す\n- 記録を残す'
  expect(() => parser.parseEssay(japanese)).toThrow(/loadReferences/)
  // A kanji outside the Basic Multilingual Plane (𠮷) is Japanese to the parser too: it loads the
  // profile, as the parser may ask for it (a bold line with one is as long as a Japanese heading).
  const rare = '# Back at work\n\nMy manager, Mr 𠮷, called.\n\n**Mr 𠮷**\n\nText.'
  await parser.loadReferences(rare)
  expect(japaneseFetched()).toBe(true)
  expect(parser.parseEssay(rare)).toEqual(parseEssay(rare))
  await parser.loadReferences(japanese)
  expect(parser.parseEssay(japanese)).toEqual(parseEssay(japanese))
})

it('should decode named references exactly like Node once `loadReferences` has loaded the table', async () => {
  const parser = await chunk()
  await parser.loadReferences(referencesEssay)
  expect(tableFetched()).toBe(true)
  const essay = parser.parseEssay(referencesEssay)
  expect(JSON.parse(JSON.stringify(essay))).toEqual(await inNode('with'))
  expect(essay.title).toBe('Café nights — a year of night shifts')
})

it('should decode every name of its table as micromark does in Node', async () => {
  const parser = await chunk()
  const {text, essay} = await (await fetch('/__fixtures/references/all')).json()
  await parser.loadReferences(text)
  expect(JSON.parse(JSON.stringify(parser.parseEssay(text)))).toEqual(essay)
})

// The CDN build bundles the parser for browsers (its `browser` exports, no Node built-ins). It must
// parse exactly like the package does.
// Every corpus essay, parsed twice: about 20 s on two cores with 410 essays.
it('should parse every sample essay exactly like @tsuzuri/essay in the CDN parser chunk', async () => {
  const parser = await chunk()
  const files: string[] = await (await fetch('/__fixtures/corpus/')).json()
  expect(files.length).toBeGreaterThan(10)
  const hostile =
    '## Story\n\n<svg><a href="x">s</a></svg> &amp; &copy; “quotes” <b>bold</b>\n\n* a\n* b\n\n[^1]\n\n[^1]: note\n\n##　全角の見出し\n\n本文。'
  for (const text of [
    ...(await Promise.all(
      files.map(async (file) => (await fetch(`/__fixtures/corpus/${file}`)).text()),
    )),
    hostile,
  ]) {
    await parser.loadReferences(text)
    expect(parser.parseEssay(text)).toEqual(parseEssay(text))
  }
}, 120_000)

// The CDN chunk parses Markdown over 16 KB in one piece with its patched micromark, where the
// package parses it in windows (`cdn-whole-markdown.ts`): both must give the same essay.
it('should parse Markdown over 16 KB exactly like @tsuzuri/essay, which parses it in windows', async () => {
  const parser = await chunk()
  const files: string[] = await (await fetch('/__fixtures/corpus/')).json()
  const essays = await Promise.all(
    files
      .filter((file) => file.endsWith('.md'))
      .map(async (file) => (await fetch(`/__fixtures/corpus/${file}`)).text()),
  )
  let text = ''
  for (let index = 0; text.length < 96 * 1024; index++) {
    text += `${essays[index % essays.length]}\n\n- - a\n- > b\n> - c\n>\n> d\n\n##　全角の見出し\n\n`
  }
  await parser.loadReferences(text)
  const essay = parser.parseEssay(text)
  expect(essay.sections.length).toBeGreaterThan(20)
  expect(essay).toEqual(parseEssay(text))
})

it('should load the HTML reader only for HTML, and read a page as Node does', async () => {
  const parser = await chunk()
  const page = await (await fetch('/__fixtures/html/wordpress.html')).text()
  // Markdown that holds some HTML is still Markdown: the reader is not loaded for it.
  await parser.loadReferences('# Back\n\n<p>aside</p>\n\nI went back.')
  expect(() => parser.parseEssay(page)).toThrow(/loadReferences/)
  await parser.loadReferences(page)
  const essay = parser.parseEssay(page)
  expect(essay.frontmatter.author).toBe('Claire Donnelly')
  expect(essay.sections.map((section) => section.heading)).toContain('What actually helped')
})
