import {type Kind as CorpusKind, kinds as corpusKinds, readCorpus} from '@tsuzuri/corpus'
import {type Kind, kinds, parseEssay, type Section} from '@tsuzuri/essay'
import {describe, expect, expectTypeOf, it} from 'vitest'
import recorded from '../bench/cross-validation.json' with {type: 'json'}
// @ts-expect-error: plain JS shared with the accuracy script
import {score} from '../bench/score.js'
import {crossValidate, reliability} from '../scripts/cross-validation.js'
import {fitModel, lexicons, loadCorpus} from '../scripts/training.js'
import {chooseWords} from '../scripts/vocabulary.js'
import {featureNames} from '../src/lib/tagger/features.js'
import {model} from '../src/lib/tagger/model.generated.js'

const corpus = readCorpus()

/**
 * Pastes whose outline the reader is known to get wrong, each for a reason written down in
 * docs/authoring.md; `it.fails` tells when one starts passing.
 * `af-en-swimming-at-41.txt`: unmarked headings with a blank line after only some of the major
 * ones; the others read as subsections, as in most pastes with that layout.
 * `ag-en-dog-bite.txt`, `ag-ja-chichi-no-fune.txt`: unmarked headings, no blank line anywhere,
 * and subsections that only their meaning sets apart from the major headings.
 * `al-ja-chonaikai-kaicho.txt`: an unmarked heading worded as a polite statement
 * (`正直、帰り道で泣きました`), which reads as a line of prose: of the 53 short polite lines
 * without `。` in the corpus's pastes, 49 are prose and three head an aside after the essay
 * (`ランキングに参加しています`); this is the one heading inside an essay.
 * `an-ja-hitorigurashi.txt`: unmarked headings with a blank line after each major one but
 * `続けていること`, which then reads as a subsection of the heading before it (with its `その1`…
 * as its own subsections); the contents list it, but contents list subsections too.
 * `aq-ja-yakan-kango.txt`: no blank line anywhere, unmarked major headings and one run of `◆`
 * subsections under one of them: a mark used by some headings alone says nothing of their level
 * (bloggers mark majors as often as subsections), so the `◆` headings read as majors.
 * `ar-ja-hoken-fukushoku.txt`: a subsection headed by a quotation (`「時短だから」`), which reads
 * as a line of dialogue, as such lines in pastes almost always are; `av-ja-tsubame-pan-heiten.txt`
 * likewise (`「寂しくなるね」`).
 * `au-ja-chichi-no-heya.txt`: three unmarked subsections headed by a date and a place
 * (`一月九日、廊下で`), no blank line: they read as lines of prose opening a scene.
 * `av-en-the-year-clara-stopped-eating.txt`: subsections headed by one or two words (`Her father`,
 * `Me`) with no blank line and no mark anywhere, which read as major headings.
 * `ba-ja-tsuma-nousotchu.txt`: two unmarked subsections (`台所の床で`) straight under a heading,
 * with no blank line anywhere, which read as major headings.
 * `bc-ja-kyoshi-fukushoku.txt`: a heading that is a quotation (`「戻りたい」と「戻りたくない」`)
 * and one in the polite form (`まだ途中です`) read as prose.
 */
const knownOutlineMisses = new Set([
  'af-en-swimming-at-41.txt',
  'ag-en-dog-bite.txt',
  'ag-ja-chichi-no-fune.txt',
  'al-ja-chonaikai-kaicho.txt',
  'an-ja-hitorigurashi.txt',
  'ar-ja-hoken-fukushoku.txt',
  'au-ja-chichi-no-heya.txt',
  'av-en-the-year-clara-stopped-eating.txt',
  'av-ja-tsubame-pan-heiten.txt',
  'ba-ja-tsuma-nousotchu.txt',
  'be-ja-haha-no-kossetsu.txt',
  'bc-ja-kyoshi-fukushoku.txt',
])

describe('sample corpus', () => {
  it('should label with the kinds the parser gives, no more, no fewer, in its order', () => {
    // The corpus restates the list so that it depends on nothing of the parser it judges.
    expect(corpusKinds).toEqual(kinds)
    expectTypeOf<CorpusKind>().toEqualTypeOf<Kind>()
  })

  const results = corpus.map((entry) => ({...entry, essay: parseEssay(entry.source)}))

  it('should tag the corpus it was fitted on as its labels say', () => {
    // Training accuracy: a floor just under what the shipped model scores on its own corpus
    // (measured 3987/4132 top-level, 1259/1325 subsections, 1516/1522 items on 554 essays), so a
    // change that breaks the reading of these essays fails here; generalisation is the next test.
    const totals = score(results)
    expect(totals.topRight / totals.top, totals.misses.join('\n')).toBeGreaterThanOrEqual(0.96)
    expect(totals.subRight / totals.sub, totals.misses.join('\n')).toBeGreaterThanOrEqual(0.945)
    expect(totals.itemsFound / totals.items, totals.misses.join('\n')).toBeGreaterThanOrEqual(0.99)
    expect(totals.titlesRight, totals.misses.join('\n')).toBe(totals.titles)
  })

  it('should ship the model that `pnpm train` fits on the corpus', () => {
    const refit = fitModel(loadCorpus(), {
      l2: model.l2 ?? 0,
      transitionWeight: model.transitionWeight,
    })
    expect(refit.featureCount).toBe(featureNames.length)
    expect(model.featureCount).toBe(featureNames.length)
    expect(refit.weights).toEqual(model.weights)
    expect(refit.top).toEqual(model.top)
    expect(refit.nested).toEqual(model.nested)
    const words = chooseWords()
    for (const lexicon of lexicons) {
      expect(lexicon.words, lexicon.lang).toEqual(words.get(lexicon.lang))
      expect(lexicon.weights, lexicon.lang).toEqual(refit.words?.[lexicon.lang])
    }
    // One fit of 474 essays with the words: 30 s in CI on two cores beside the other test files.
  }, 300_000)

  it('should generalise as well as bench/cross-validation.json says (ten folds)', () => {
    // Ten folds, not one per essay: 10 fits instead of 173, well under a minute. `pnpm train`
    // records both; the docs report the leave-one-essay-out figure.
    const cv = crossValidate(
      loadCorpus(),
      {l2: model.l2 ?? 0, transitionWeight: model.transitionWeight},
      10,
    )
    const t = cv.totals
    const recordedTenFold = recorded.tenFold
    const share = (figure: string) => {
      const [right, all] = (figure.split(' ')[0] ?? '0/1').split('/').map(Number)
      return (right ?? 0) / (all ?? 1)
    }
    const margin = 0.01
    expect(t.topRight / t.top).toBeGreaterThanOrEqual(share(recordedTenFold.top) - margin)
    expect(t.subRight / t.sub).toBeGreaterThanOrEqual(share(recordedTenFold.sub) - margin)
    expect(t.itemsFound / t.items).toBeGreaterThanOrEqual(share(recordedTenFold.items) - margin)
    expect(t.titlesRight / t.titles).toBeGreaterThanOrEqual(share(recordedTenFold.titles) - margin)
    const {confidentWrong} = reliability(cv.predictions, model.calibration)
    expect(confidentWrong).toBeLessThanOrEqual(recordedTenFold.confidentWrong + 2)
    // Ten fits: 272 s in CI on two cores beside the other test files (213 s alone).
  }, 900_000)

  for (const {file, expected, essay} of results) {
    const outlineTest = knownOutlineMisses.has(file) ? it.fails : it
    outlineTest(`should find the title, language and outline of ${file}`, () => {
      expect(essay.title).toBe(expected.title)
      expect(essay.lang.slice(0, 2)).toBe(expected.lang)
      // Plain-text pastes too: the outline is recovered from the lines as a reader sees them.
      const outline = (
        sections: readonly {heading: string | null; children?: readonly unknown[]}[],
      ): unknown =>
        sections.map((section) => [section.heading, outline((section.children ?? []) as never)])
      // What trails the essay (related posts, a bio, tags, a call to follow) is `other` however
      // finely it is cut: each labelled aside must be a section, and the parser may cut finer.
      const trailing = trailingFrom(expected.sections)
      expect(outline(essay.sections.slice(0, trailing) as Section[])).toEqual(
        outline(expected.sections.slice(0, trailing)),
      )
      const asides = essay.sections.slice(trailing)
      for (const aside of expected.sections.slice(trailing)) {
        expect(asides.map((section) => section.heading)).toContain(aside.heading)
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

/** Where the run of `other` sections at the end of an essay starts. */
function trailingFrom(sections: readonly {kind: string}[]): number {
  let index = sections.length
  while (index > 1 && sections[index - 1]?.kind === 'other') index--
  return index
}
