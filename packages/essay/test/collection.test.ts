import {readCorpus} from '@tsuzuri/corpus'
import {buildCollection, type Essay, parseEssay, type Section} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
import {shortText} from '../src/lib/collection/short-text.js'

/** A few corpus essays of every shape: Markdown and pasted text, Japanese and English. */
const corpus = readCorpus()
const sample = [
  ...corpus.filter((entry) => entry.file.endsWith('.md')).slice(0, 6),
  ...corpus.filter((entry) => entry.file.endsWith('.txt')).slice(0, 6),
].map((entry) => ({
  essay: parseEssay(entry.source),
  name: entry.file.replace(/\.\w+$/, ''),
  file: `${entry.file}.json`,
}))

function sectionIds(essay: Essay): Set<string> {
  const ids = new Set<string>()
  const walk = (sections: readonly Section[]) => {
    for (const section of sections) {
      ids.add(section.id)
      walk(section.children)
    }
  }
  walk(essay.sections)
  return ids
}

const essay = (source: string) => parseEssay(source)

describe('buildCollection', () => {
  it('should summarize corpus essays with ids and links that resolve to real sections', () => {
    const collection = buildCollection(sample)
    expect(collection.version).toBe(1)
    expect(collection.skipped).toEqual([])
    expect(collection.essays.map((entry) => entry.file)).toEqual(sample.map((entry) => entry.file))
    expect(new Set(collection.essays.map((entry) => entry.id)).size).toBe(sample.length)
    let items = 0
    for (const [index, entry] of collection.essays.entries()) {
      const parsed = sample[index]?.essay as Essay
      const ids = sectionIds(parsed)
      expect(entry.id).toMatch(/^[\p{L}\p{N}\p{M}_-]+$/u)
      expect(entry.title).toBe(parsed.title)
      expect(entry.lang).toBe(parsed.lang)
      for (const [kind, sections] of Object.entries(entry.kinds)) {
        for (const section of sections) {
          expect(ids.has(section.id), `${entry.id}#${section.id}`).toBe(true)
          expect(section.text.length).toBeLessThanOrEqual(140)
          expect('items' in section).toBe(kind === 'strategies')
          for (const item of section.items ?? []) {
            items++
            expect(ids.has(item.section), `${entry.id}#${item.section}`).toBe(true)
            expect(item.title).not.toBe('')
            expect(item.text.length).toBeLessThanOrEqual(140)
          }
        }
      }
    }
    expect(items).toBeGreaterThan(10)
  })

  it('should count tags, languages and kinds per essay, most frequent first', () => {
    const {essays, facets} = buildCollection(sample)
    const tally = (values: string[]) => {
      const counts = new Map<string, number>()
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
      return counts
    }
    const expected = {
      tags: tally(essays.flatMap((entry) => entry.tags)),
      languages: tally(essays.map((entry) => entry.lang)),
      kinds: tally(essays.flatMap((entry) => Object.keys(entry.kinds))),
    }
    for (const facet of ['tags', 'languages', 'kinds'] as const) {
      expect(new Map(facets[facet].map(({value, count}) => [value, count]))).toEqual(
        expected[facet],
      )
      const counts = facets[facet].map(({count}) => count)
      expect(counts).toEqual([...counts].sort((a, b) => b - a))
    }
    expect(facets.languages.map(({value}) => value).sort()).toEqual(['en', 'ja'])
  })

  it('should read author, date, url and tags from the frontmatter', () => {
    const [entry] = buildCollection([
      essay(
        '---\ntitle: 復帰の春\nauthor:\n  name: 佐藤\ndate: 2024-03-01\nurl: https://example.com/a\ntags: 育休, 復職、育休\nslug: back-in-spring\n---\n\n## 体験談\n\n会議室に呼ばれました。\n',
      ),
    ]).essays
    expect(entry).toMatchObject({
      id: 'back-in-spring',
      file: null,
      title: '復帰の春',
      author: '佐藤',
      date: '2024-03-01',
      url: 'https://example.com/a',
      lang: 'ja',
      tags: ['育休', '復職'],
    })
    const [listed] = buildCollection([
      essay('---\nauthor: [Ann, Bo]\ntags: [care, 2024, care]\n---\n\nText.\n'),
    ]).essays
    expect(listed).toMatchObject({author: 'Ann, Bo', tags: ['care', '2024'], url: null})
  })

  it('should link a strategy that is a subsection to that subsection', () => {
    const parsed = essay(
      '# Back\n\n## What helped\n\n### ① Ask in writing\n\nEmail them.\n\n### ② Rest\n\nSleep.\n',
    )
    const section = parsed.sections.find((candidate) => candidate.kind === 'strategies')
    const strategies = buildCollection([parsed]).essays[0]?.kinds.strategies ?? []
    expect(section?.children.map((child) => child.heading)).toEqual(['① Ask in writing', '② Rest'])
    expect(strategies[0]?.items?.map((item) => [item.title, item.section])).toEqual([
      ['Ask in writing', section?.children[0]?.id],
      ['Rest', section?.children[1]?.id],
    ])
  })

  it('should give colliding ids a suffix, in order, never one another essay asks for', () => {
    const named = (name: string) => ({essay: essay('Text.\n'), name})
    const ids = (names: string[]) => buildCollection(names.map(named)).essays.map((e) => e.id)
    expect(ids(['post', 'Post', 'post-1', 'post'])).toEqual(['post', 'post-2', 'post-1', 'post-3'])
    expect(ids(['2024/back-to-work', 'back to work'])).toEqual([
      '2024-back-to-work',
      'back-to-work',
    ])
    // Without a name, the title; without a title either, `essay`.
    const untitled = buildCollection([essay('# 題\n\nText.\n'), essay('Text.\n'), essay('Text.\n')])
    expect(untitled.essays.map((e) => e.id)).toEqual(['題', 'essay', 'essay-1'])
  })

  it('should list the skipped inputs it is given', () => {
    const skipped = [{input: 'bad.md', reason: 'looks binary'}]
    expect(buildCollection([], {skipped})).toEqual({
      version: 1,
      essays: [],
      facets: {tags: [], languages: [], kinds: []},
      skipped,
    })
  })

  it('should take any iterable, such as a generator that parses one essay at a time', () => {
    function* essays() {
      yield essay('# One\n\nText.\n')
      yield essay('# Two\n\nText.\n')
    }
    expect(buildCollection(essays()).essays.map((e) => e.id)).toEqual(['one', 'two'])
  })

  it('should throw a precise TypeError for what is not essays or options', () => {
    expect(() => buildCollection('essays' as never)).toThrow(
      new TypeError('Expected `essays` to be an array or iterable of essays, not `"essays"`'),
    )
    expect(() => buildCollection([{title: 'x'} as never])).toThrow(
      'Expected essay 0 to be an essay (as `parseEssay` returns) or `{essay, name}`, not `object`',
    )
    expect(() => buildCollection([{essay: essay('x'), name: 3 as never}])).toThrow(
      'Expected `name` of essay 0 to be a string, not `number`',
    )
    expect(() => buildCollection([], {maxTextLength: 5})).toThrow(
      'Expected `maxTextLength` to be an integer of at least 10, not `number`',
    )
    expect(() => buildCollection([], {skipped: ['bad.md'] as never})).toThrow(
      'Expected `skipped` to be an array of `{input, reason}` strings, not `array`',
    )
    expect(() => buildCollection([], 'short' as never)).toThrow(
      'Expected `options` to be an object, not `"short"`',
    )
  })
})

describe('shortText', () => {
  it('should keep a short text whole, on one line', () => {
    expect(shortText('  Ask in\n writing.  ', 140)).toBe('Ask in writing.')
  })

  it('should cut English between words and Japanese between characters', () => {
    const english = 'Ask for a referral to a voice therapist before you go back to the classroom'
    expect(shortText(english, 40)).toBe('Ask for a referral to a voice therapist…')
    expect(shortText('起きたことを日付つきで書き出した。感情ではなく事実だけ。', 20)).toBe(
      '起きたことを日付つきで書き出した…',
    )
  })

  it('should never cut inside an emoji or a letter with its accent', () => {
    const family = '👨‍👩‍👧'
    for (let max = 10; max < 30; max++) {
      const text = shortText(`${'a'.repeat(5)}${family.repeat(4)}e\u0301${family}`, max)
      expect(text.length).toBeLessThanOrEqual(max)
      expect(text.replace(/…$/, '').replace(/^a+/, '')).toMatch(/^(?:👨‍👩‍👧)*(?:e\u0301)?$/u)
    }
  })
})
