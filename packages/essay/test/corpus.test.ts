import {readCorpus} from '@tsuzuri/corpus'
import {parseEssay, type Section} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: plain JS shared with the accuracy script
import {score} from '../bench/score.js'

const corpus = readCorpus()

describe('sample corpus', () => {
  const results = corpus.map((entry) => ({...entry, essay: parseEssay(entry.source)}))

  it('should tag the corpus as its labels say, and never be confidently wrong', () => {
    const totals = score(results)
    // Thresholds, not a memorised answer: the corpus is not what the tagger is tuned to pass.
    expect(totals.topRight / totals.top, totals.misses.join('\n')).toBeGreaterThanOrEqual(0.9)
    expect(totals.subRight / totals.sub, totals.misses.join('\n')).toBeGreaterThanOrEqual(0.85)
    expect(totals.itemsFound / totals.items, totals.misses.join('\n')).toBeGreaterThanOrEqual(0.9)
    expect(totals.confidentWrong, totals.misses.join('\n')).toBe(0)
  })

  for (const {file, expected, essay} of results) {
    it(`should find the title, language and outline of ${file}`, () => {
      expect(essay.title).toBe(expected.title)
      expect(essay.lang.slice(0, 2)).toBe(expected.lang)
      if (expected.format === 'markdown') {
        const outline = (
          sections: readonly {heading: string | null; children?: readonly unknown[]}[],
        ): unknown =>
          sections.map((section) => [section.heading, outline((section.children ?? []) as never)])
        expect(outline(essay.sections as Section[])).toEqual(outline(expected.sections))
      }
    })

    if (expected.sections.some((section) => section.kind === 'strategies')) {
      it(`should give every strategies section of ${file} its items`, () => {
        const walk = (sections: Section[]): Section[] =>
          sections.flatMap((section) => [section, ...walk(section.children)])
        for (const section of walk(essay.sections)) {
          if (section.kind === 'strategies') expect(Array.isArray(section.items)).toBe(true)
          else expect(section.items).toBeUndefined()
        }
      })
    }
  }

  it('should read a plain-text copy like its Markdown original', () => {
    const twins = corpus.filter((entry) => entry.expected.twin)
    expect(twins.length).toBeGreaterThan(0)
    for (const twin of twins) {
      const original = corpus.find((entry) => entry.file === twin.expected.twin)
      const fromText = parseEssay(twin.source)
      const fromMarkdown = parseEssay(original?.source ?? '')
      const shape = (sections: Section[]) =>
        sections.map((section) => ({
          kind: section.kind,
          items: section.items?.map((item) => item.title),
        }))
      expect(shape(fromText.sections)).toEqual(shape(fromMarkdown.sections))
      expect(fromText.title).toBe(fromMarkdown.title)
    }
  })
})
