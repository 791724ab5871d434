import type {RootContent} from 'mdast'
import {kinds} from '../kinds.js'
import {detectLang} from '../lang.js'
import {enumeration, numbering} from '../numbering.js'
import {type LanguageProfile, matchWords, profileFor} from '../profiles/index.js'
import type {Lexicon} from '../profiles/profile.js'
import {splitSentences} from '../sentences.js'
import type {Kind} from '../types.js'
import {shapeFeatures} from './shape-features.js'
import {wordRates} from './words.js'

/**
 * Each section becomes a vector of generic features: what its heading names, what share of its
 * sentences narrate, feel, advise, define or close, its shape and its place. The model in
 * `model.generated.ts` weighs them; nothing here decides a kind.
 */

/** What the tagger sees of one section, before any kind is chosen. */
export interface SectionView {
  heading: string | null
  /** The section's own text and its subsections' text. */
  text: string
  blocks: readonly RootContent[]
  childHeadings: readonly string[]
  /** 0-based place among its siblings, and how many there are. */
  index: number
  count: number
  /** Whether it stands after the essay's closing word (related posts, author bio, notices). */
  trailing: boolean
  /** Whether it is a subsection. */
  nested: boolean
}

/** The heading words that matched, by kind: reasons quote them. */
export type HeadingMatches = Partial<Record<Kind, string>>

export interface SectionFeatures {
  values: Float64Array
  /** The share of sentences using each word of `lexicon` (`words.ts`). */
  words: Float64Array
  /** The essay's language's words, whose weights the model or the profile carries. */
  lexicon: Lexicon
  matches: HeadingMatches
  /** Whether the heading names a kind: such guesses are calibrated apart from the others. */
  named: boolean
}

/** The parent's kind is a feature of a subsection: one name per kind. */
export const parentFeature = (kind: Kind) => `parent:${kind}`

export const featureNames: readonly string[] = [
  'bias',
  'lang:ja',
  'heading:none',
  ...kinds.map((kind) => `heading:${kind}`),
  'heading:several-kinds',
  'heading:feeling-word',
  'heading:question',
  'heading:inner',
  'heading:reader',
  'heading:history',
  'heading:reason',
  'heading:years',
  'heading:numbered',
  'heading:long',
  'body:narrative',
  'body:past',
  'body:time',
  'body:history',
  'body:sequence',
  'body:speech',
  'body:emotion',
  'body:inner',
  'body:advice',
  'body:recommendation',
  'body:definition',
  'body:closing',
  'body:announce',
  'body:reader',
  'body:present',
  'body:general',
  'body:second-person',
  'body:future',
  'body:question',
  'body:enumeration',
  'body:empty',
  'length:log',
  'length:short',
  'shape:list-share',
  'shape:ordered-list',
  'shape:bold-leads',
  'shape:numbered-children',
  'shape:numbered-paragraphs',
  'shape:advice-items',
  'shape:short-lines',
  'shape:links',
  'shape:children',
  'place:first',
  'place:last',
  'place:relative',
  'place:trailing',
  'place:last-and-short',
  'place:nested',
  ...kinds.map(parentFeature),
  ...contrastedRates().map((name) => `contrast:${name}`),
]

/**
 * Body rates also count against the section's siblings: writers differ (one tells everything in
 * the past tense, another sprinkles emotion words everywhere), so what sets a section apart
 * from the rest of its essay says more than its rate alone.
 */
function contrastedRates() {
  return [
    'narrative',
    'past',
    'time',
    'history',
    'sequence',
    'speech',
    'emotion',
    'inner',
    'advice',
    'recommendation',
    'definition',
    'closing',
    'present',
    'general',
    'second-person',
  ]
}

const indexOf = new Map(featureNames.map((name, index) => [name, index]))

function set(values: Float64Array, name: string, value: number) {
  const index = indexOf.get(name)
  if (index === undefined) throw new Error(`Unknown feature ${name}`)
  values[index] = value
}

/** The features of one section; `parent` is the kind of the section it belongs to, if any. */
export function featuresOf(
  view: SectionView,
  profile: LanguageProfile,
  parent: Kind | undefined,
): SectionFeatures {
  const values = new Float64Array(featureNames.length)
  set(values, 'bias', 1)
  if (profile.lang === 'ja') set(values, 'lang:ja', 1)
  // A heading is read in its own language: Japanese headings over English text happen.
  const matches =
    view.heading === null
      ? {}
      : headingFeatures(view.heading, profileFor(detectLang(view.heading)), values)
  if (view.heading === null) set(values, 'heading:none', 1)
  const sentences = splitSentences(view.text)
  bodyFeatures(view.text, sentences, profile, values)
  for (const [name, value] of Object.entries(shapeFeatures(view, profile))) set(values, name, value)
  placeFeatures(view, profile, values)
  if (parent) set(values, parentFeature(parent), 1)
  return {
    values,
    words: wordRates(sentences, profile.lexicon),
    lexicon: profile.lexicon,
    matches,
    named: Object.keys(matches).length > 0,
  }
}

/**
 * Add each section's contrast with its siblings: its rate minus the mean rate of the others (of
 * the essay's own sections: not what trails it). Linear in the number of sections.
 */
export function addContrasts(level: readonly SectionFeatures[], trailing: number): void {
  const own = level.slice(0, Math.max(trailing, 0))
  if (own.length < 2) return
  for (const name of contrastedRates()) {
    const from = indexOf.get(`body:${name}`) as number
    const to = indexOf.get(`contrast:${name}`) as number
    let sum = 0
    for (const section of own) sum += section.values[from] ?? 0
    for (const [index, section] of level.entries()) {
      const value = section.values[from] ?? 0
      const others = index < own.length ? (sum - value) / (own.length - 1) : sum / own.length
      section.values[to] = value - others
    }
  }
}

/** The kinds a heading names, with the words that name them and where they stand. */
export function headingCueMatches(heading: string, profile: LanguageProfile) {
  const matches: HeadingMatches = {}
  const found: Array<{kind: Kind; index: number}> = []
  for (const [kind, pattern] of Object.entries(profile.headingCues) as Array<[Kind, RegExp]>) {
    const match = matchWords(pattern, heading, profile)
    if (match) {
      matches[kind] = match[0].trim()
      found.push({kind, index: match.index})
    }
  }
  return {matches, found}
}

/** Whether a heading names a kind in its own language. */
export function headingNamesKind(heading: string | null): boolean {
  if (heading === null) return false
  return headingCueMatches(heading, profileFor(detectLang(heading))).found.length > 0
}

function headingFeatures(heading: string, profile: LanguageProfile, values: Float64Array) {
  const {matches, found} = headingCueMatches(heading, profile)
  // When a heading names several kinds (“Tips for the first month”, “最初の一ヶ月のコツ”), the
  // head of the phrase counts most: the first match in English, the last in Japanese.
  found.sort((a, b) => (profile.lang === 'ja' ? b.index - a.index : a.index - b.index))
  for (const [rank, {kind}] of found.entries()) set(values, `heading:${kind}`, rank === 0 ? 1 : 0.5)
  if (found.length > 1) set(values, 'heading:several-kinds', 1)
  if (profile.feelingWord.test(heading)) set(values, 'heading:feeling-word', 1)
  if (/[?？]\s*$/.test(heading)) set(values, 'heading:question', 1)
  if (profile.body.inner.test(heading)) set(values, 'heading:inner', 1)
  if (profile.readerAddress.test(heading)) set(values, 'heading:reader', 1)
  if (profile.headingHistory.test(heading)) set(values, 'heading:history', 1)
  if (profile.headingReason.test(heading)) set(values, 'heading:reason', 1)
  if (profile.headingYears.test(heading)) set(values, 'heading:years', 1)
  if (numbering.test(heading)) set(values, 'heading:numbered', 1)
  if ([...heading].length > profile.headingLength.chars / 2) set(values, 'heading:long', 1)
  return matches
}

function bodyFeatures(
  text: string,
  sentences: readonly string[],
  profile: LanguageProfile,
  values: Float64Array,
) {
  const cues = profile.body
  const total = sentences.length
  const counts = {
    narrative: 0,
    past: 0,
    time: 0,
    history: 0,
    sequence: 0,
    speech: 0,
    emotion: 0,
    inner: 0,
    advice: 0,
    recommendation: 0,
    definition: 0,
    closing: 0,
    announce: 0,
    reader: 0,
    present: 0,
    general: 0,
    'second-person': 0,
    future: 0,
    question: 0,
  }
  for (const sentence of sentences) {
    const emotional = cues.emotion.test(sentence)
    const inward = cues.inner.test(sentence)
    const past = cues.past.test(sentence)
    if (past) counts.past++
    if (emotional) counts.emotion++
    if (inward && !emotional) counts.inner++
    if (
      past &&
      !emotional &&
      !inward &&
      (profile.impliedFirstPerson || cues.firstPerson.test(sentence))
    )
      counts.narrative++
    if (cues.time.test(sentence)) counts.time++
    if (cues.history.test(sentence)) counts.history++
    if (cues.sequence.test(sentence)) counts.sequence++
    if (cues.speech.test(sentence)) counts.speech++
    if (cues.advice.test(sentence)) counts.advice++
    if (cues.recommendation.test(sentence)) counts.recommendation++
    if (cues.definition.test(sentence)) counts.definition++
    if (cues.closing.test(sentence)) counts.closing++
    if (cues.announce.test(sentence)) counts.announce++
    if (profile.readerAddress.test(sentence)) counts.reader++
    if (!past && cues.present.test(sentence)) counts.present++
    if (cues.general.test(sentence)) counts.general++
    if (cues.secondPerson.test(sentence)) counts['second-person']++
    if (cues.future.test(sentence)) counts.future++
    if (/[?？]["”」』)]?$/.test(sentence)) counts.question++
  }
  // Shares, smoothed so that one sentence out of one is not “all of them”.
  for (const [name, count] of Object.entries(counts))
    set(values, `body:${name}`, count / (total + 1))
  if (enumeration.test(text.slice(0, 2000))) set(values, 'body:enumeration', 1)
  if (total === 0) set(values, 'body:empty', 1)
  set(values, 'length:log', Math.log1p(text.length / profile.sentenceLength) / Math.log(64))
  if (total <= 2) set(values, 'length:short', 1)
}

function placeFeatures(view: SectionView, profile: LanguageProfile, values: Float64Array) {
  if (view.nested) set(values, 'place:nested', 1)
  if (view.index === 0) set(values, 'place:first', 1)
  const last = !view.trailing && view.index === view.count - 1
  if (last) set(values, 'place:last', 1)
  set(values, 'place:relative', view.count <= 1 ? 0 : view.index / (view.count - 1))
  if (view.trailing) set(values, 'place:trailing', 1)
  if (last && view.text.length < profile.sentenceLength * 8) set(values, 'place:last-and-short', 1)
}
