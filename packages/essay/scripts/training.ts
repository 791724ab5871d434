/**
 * The training data and the model built from it: each labelled section of the corpus becomes a
 * feature vector (through the parser itself, so training sees what users get), the label
 * sequences give the transition scores. How well the result generalises is
 * `cross-validation.ts`. Shared by `train.ts` (writes the model) and the corpus test.
 */
import {readCorpus} from '@tsuzuri/corpus'
// @ts-expect-error: plain JS shared with the benchmarks
import {normalizeHeading} from '../bench/score.js'
import {levelFeatures} from '../src/lib/build-sections.js'
import {kinds} from '../src/lib/kinds.js'
import type {OutlineSection} from '../src/lib/outline/outline.js'
import {parseWithModel} from '../src/lib/parse-essay.js'
import {type LanguageProfile, profiles} from '../src/lib/profiles/index.js'
import {featureNames, type SectionFeatures} from '../src/lib/tagger/features.js'
import type {Calibration, TaggerModel} from '../src/lib/tagger/tagger.js'
import type {Kind} from '../src/lib/types.js'
import {fitSoftmax, logRows, type Sample} from './fit.js'

export interface Label {
  heading: string | null
  kind: Kind
  items?: string[]
  children?: Label[]
}

export interface LabelledEssay {
  file: string
  source: string
  expected: {title: string | null; sections: Label[]; [key: string]: unknown}
  samples: Sample[]
}

export interface Settings {
  l2: number
  transitionWeight: number
}

const K = kinds.length
const kindIndex = (kind: Kind) => kinds.indexOf(kind)

/**
 * A sample's features are the generic ones, then each language's words: one fit weighs them
 * all, and each language's words are only ever non-zero in its own essays.
 */
export const lexicons = profiles.map((profile) => profile.lexicon)
const offsets = new Map<string, number>()
let width = featureNames.length
for (const lexicon of lexicons) {
  offsets.set(lexicon.lang, width)
  width += lexicon.words.length
}

function sampleVector(section: SectionFeatures): Float64Array {
  const x = new Float64Array(width)
  x.set(section.values)
  const offset = offsets.get(section.lexicon.lang)
  if (offset !== undefined) x.set(section.words, offset)
  return x
}

const identity: Calibration = {named: {a: 1, b: 0}, unnamed: {a: 1, b: 0}}

/** A model that knows nothing: used to read the outline before any model is fitted. */
export const blank: TaggerModel = {
  featureCount: featureNames.length,
  kinds,
  weights: kinds.map(() => featureNames.map(() => 0)),
  words: Object.fromEntries(lexicons.map((lexicon) => [lexicon.lang, kinds.map(() => [])])),
  transitionWeight: 0,
  top: {start: [zeros()], next: kinds.map(zeros), end: zeros()},
  nested: {start: kinds.map(zeros), next: kinds.map(zeros), end: zeros()},
  calibration: identity,
}

function zeros(): number[] {
  return kinds.map(() => 0)
}

/** Every corpus essay with the feature vectors of its labelled sections. */
export function loadCorpus(): LabelledEssay[] {
  return readCorpus().map(({file, source, expected}) => {
    const {outline, profile} = parseWithModel(source, {}, blank)
    const samples: Sample[] = []
    collect(outline.sections, expected.sections as Label[], profile, undefined, samples)
    samples.push(...withoutClosing(outline.sections, expected.sections as Label[], profile))
    return {file, source, expected: expected as unknown as LabelledEssay['expected'], samples}
  })
}

/** Align one level of the outline with its labels by heading; parents' kinds are the labels'. */
function collect(
  sections: readonly OutlineSection[],
  labels: readonly Label[],
  profile: LanguageProfile,
  parent: Kind | undefined,
  samples: Sample[],
) {
  const features = levelFeatures(sections, profile, parent)
  const aligned = alignLabels(sections, labels)
  for (const [index, section] of sections.entries()) {
    const label = aligned[index]
    if (!label) continue
    // The untitled opening is always the intro: it is fixed, not predicted.
    const fixed = parent === undefined && index === 0 && section.heading === null
    const vector = features[index]
    if (!fixed && vector) samples.push({x: sampleVector(vector), y: kindIndex(label.kind)})
    if (label.children) collect(section.children, label.children, profile, label.kind, samples)
  }
}

/** The label of each section of one level, matched by heading (undefined where none is). */
function alignLabels(
  sections: readonly OutlineSection[],
  labels: readonly Label[],
): (Label | undefined)[] {
  const byHeading = new Map(labels.map((label) => [normalizeHeading(label.heading), label]))
  return sections.map((section) => byHeading.get(normalizeHeading(section.headingText)))
}

/**
 * A closing word is optional: many posts stop after their strategies or their story. The corpus
 * writers mostly closed theirs, so a model fitted on it alone learns that the last section is the
 * closing. Each essay that ends with one is also seen without it, for the section that then comes
 * last (its place, and its contrast with the rest, recomputed): how that section reads as an end.
 * Only its features: the transition scores still count the essays as they were written.
 */
function withoutClosing(
  sections: readonly OutlineSection[],
  labels: readonly Label[],
  profile: LanguageProfile,
): Sample[] {
  const kindsOf = alignLabels(sections, labels).map((label) => label?.kind)
  let last = kindsOf.length - 1
  while (last > 0 && kindsOf[last] === 'other') last--
  if (last < 2 || kindsOf[last] !== 'conclusion') return []
  const kind = kindsOf[last - 1]
  if (kind === undefined || kind === 'conclusion' || kind === 'other') return []
  const features = levelFeatures(
    sections.filter((_, index) => index !== last),
    profile,
    undefined,
  )
  const section = features[last - 1]
  return section ? [{x: sampleVector(section), y: kindIndex(kind)}] : []
}

/** Fit the weights and the transition scores on `essays`. */
export function fitModel(essays: readonly LabelledEssay[], settings: Settings): TaggerModel {
  const samples = augment(essays.flatMap((essay) => essay.samples))
  const fitted = fitSoftmax(samples, K, width, {l2: settings.l2})
  const columns = (from: number, to: number) => fitted.map((row) => row.slice(from, to))
  const weights = columns(0, featureNames.length)
  const count = () => kinds.map(() => kinds.map(() => 0))
  const topStart = [kinds.map(() => 0)]
  const topNext = count()
  const topEnd = [kinds.map(() => 0)]
  const nestedStart = count()
  const nestedNext = count()
  const nestedEnd = [kinds.map(() => 0)]
  const walk = (labels: readonly Label[], parent: Kind | undefined) => {
    const start = parent === undefined ? topStart[0] : nestedStart[kindIndex(parent)]
    const next = parent === undefined ? topNext : nestedNext
    const end = parent === undefined ? topEnd[0] : nestedEnd[0]
    for (const [index, label] of labels.entries()) {
      const k = kindIndex(label.kind)
      if (index === 0 && start) start[k] = (start[k] ?? 0) + 1
      const previous = labels[index - 1]
      if (previous) {
        const row = next[kindIndex(previous.kind)]
        if (row) row[k] = (row[k] ?? 0) + 1
      }
      if (index === labels.length - 1 && end) end[k] = (end[k] ?? 0) + 1
      if (label.children) walk(label.children, label.kind)
    }
  }
  for (const essay of essays) walk(essay.expected.sections, undefined)
  // One decimal: the browser's parser carries these numbers (2,900 of them with the words), and
  // a second moved 2 of 3,082 top-level decisions in ten folds (2,915 right with two decimals,
  // 2,913 with one) for 40 % more bytes gzipped.
  // `|| 0`: a weight rounded to -0 is written as 0, and must read back equal.
  const round = (rows: number[][]) =>
    rows.map((row) => row.map((x) => Math.round(x * 10) / 10 || 0))
  return {
    featureCount: featureNames.length,
    kinds,
    weights: round(weights),
    words: Object.fromEntries(
      lexicons.map((lexicon) => {
        const offset = offsets.get(lexicon.lang) ?? 0
        return [lexicon.lang, round(columns(offset, offset + lexicon.words.length))]
      }),
    ),
    transitionWeight: settings.transitionWeight,
    top: {
      start: round(logRows(topStart)),
      next: round(logRows(topNext)),
      end: round(logRows(topEnd))[0] ?? [],
    },
    nested: {
      start: round(logRows(nestedStart)),
      next: round(logRows(nestedNext)),
      end: round(logRows(nestedEnd))[0] ?? [],
    },
    calibration: identity,
  }
}

const headingKinds = kinds.map((kind) => featureNames.indexOf(`heading:${kind}`))
// Words are the body's too.
const bodyFeatures = [
  ...featureNames.flatMap((name, index) =>
    /^(?:body|shape|length|contrast):/.test(name) ? [index] : [],
  ),
  ...Array.from({length: width - featureNames.length}, (_, index) => featureNames.length + index),
]
const placeFeatures = featureNames.flatMap((name, index) =>
  /^place:(?!nested)/.test(name) ? [index] : [],
)
const headingFeatures = featureNames.flatMap((name, index) =>
  /^heading:/.test(name) ? [index] : [],
)

/**
 * Each evidence source must count on its own: where the corpus's headings name a kind, its
 * bodies usually agree, and a model fitted on them alone learns to lean on whichever is easier.
 * So every section whose heading names a kind is also seen with only its heading (over a line
 * or two, anywhere in the essay), and with its heading hidden (a body under a heading that says nothing):
 * dropout by groups of features, done once on the data.
 */
function augment(samples: readonly Sample[]): Sample[] {
  const out = [...samples]
  for (const sample of samples) {
    // Where a section stands says much in a long essay and little in a short one: every section
    // is also seen without its place, so its own words count whatever the essay's length.
    const placeless = Float64Array.from(sample.x)
    for (const index of placeFeatures) placeless[index] = 0
    out.push({x: placeless, y: sample.y})
    if (!headingKinds.some((index) => (sample.x[index] ?? 0) > 0)) continue
    const headingOnly = Float64Array.from(sample.x)
    for (const index of [...bodyFeatures, ...placeFeatures]) headingOnly[index] = 0
    // A line or two of text: what a heading over a short body looks like.
    headingOnly[featureNames.indexOf('length:short')] = 1
    headingOnly[featureNames.indexOf('length:log')] = Math.log1p(1) / Math.log(64)
    out.push({x: headingOnly, y: sample.y})
    // What is not the essay (related posts, a bio) is known by its name, not by its few lines.
    if (kinds[sample.y] === 'other') continue
    const bodyOnly = Float64Array.from(sample.x)
    for (const index of headingFeatures) bodyOnly[index] = 0
    out.push({x: bodyOnly, y: sample.y})
  }
  return out
}
