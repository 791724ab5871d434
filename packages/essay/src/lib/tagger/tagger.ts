import {kinds} from '../kinds.js'
import type {Kind} from '../types.js'
import {featureNames, type SectionFeatures} from './features.js'
import {describeFeature, isQuotable} from './reasons.js'

/**
 * Tag the sections of one level jointly. Each section's features give, through a fitted
 * multinomial logistic regression, a score per kind; fitted transition scores say how often one
 * kind follows another (intro → experience → feelings → strategies → conclusion, and the
 * detours real essays take). Viterbi finds the best sequence of kinds, forward-backward how sure
 * each one is, so one section's evidence informs its neighbours and no single mistake cascades.
 */

/** The fitted numbers the tagger runs on (see `scripts/train.ts`). */
export interface TaggerModel {
  /**
   * How many features the weights were fitted on (`featureNames.length` then): the names ship in
   * `features.ts`, not twice.
   */
  featureCount: number
  kinds: readonly Kind[]
  /** One row per kind, one column per feature. */
  weights: readonly (readonly number[])[]
  /**
   * The weights of each language's words (`words.ts`), by language, when the model carries its
   * own (one fitted in training or cross-validation). The shipped model leaves them in the
   * language profiles, so that a language's words load with its profile.
   */
  words?: Readonly<Record<string, readonly (readonly number[])[]>>
  /** The L2 regularisation the weights were fitted with (kept so `--check` can refit alike). */
  l2?: number
  /** How much the transition scores count against the sections' own evidence. */
  transitionWeight: number
  top: Transitions
  nested: Transitions
  /**
   * Platt scaling of the marginal probability, fitted on cross-validated predictions, apart for
   * sections whose heading names a kind and for the others: a guess from the body and the place
   * alone is wrong more often at the same probability.
   */
  calibration: Calibration
}

/** `p' = σ(a·logit(p) + b)`, per kind of evidence. */
export interface Calibration {
  named: {a: number; b: number}
  unnamed: {a: number; b: number}
}

/** Log-probabilities of a level's sequence of kinds. */
export interface Transitions {
  /** For the first section (top level: one row; nested: one row per parent kind). */
  start: readonly (readonly number[])[]
  /** `next[from][to]`. */
  next: readonly (readonly number[])[]
  /** For the last section. */
  end: readonly number[]
}

export interface Decision {
  kind: Kind
  confidence: number
  reasons: string[]
}

/** A section whose kind is already known (an author's tag, the untitled opening). */
export interface Fixed {
  kind: Kind
  confidence: number
  reasons: string[]
}

export function tagSequence(
  model: TaggerModel,
  sections: readonly SectionFeatures[],
  fixed: readonly (Fixed | undefined)[],
  parent: Kind | undefined,
  headings: readonly (string | null)[],
): Decision[] {
  const n = sections.length
  if (n === 0) return []
  const k = kinds.length
  const transitions = parent === undefined ? model.top : model.nested
  const weight = model.transitionWeight
  const startRow = transitions.start[parent === undefined ? 0 : kinds.indexOf(parent)] ?? []
  const emissions = sections.map((section, index) => {
    const scores = logSoftmax(scoresOf(model, section))
    const known = fixed[index]
    if (!known) return scores
    return scores.map((_, kind) => (kinds[kind] === known.kind ? 0 : Number.NEGATIVE_INFINITY))
  })
  const step = (from: number, to: number) => weight * (transitions.next[from]?.[to] ?? 0)

  // Forward (log-sum-exp) and Viterbi (max) passes share one shape.
  const forward: number[][] = []
  const best: number[][] = []
  const back: number[][] = []
  for (let t = 0; t < n; t++) {
    const emission = emissions[t] as number[]
    const f: number[] = []
    const v: number[] = []
    const b: number[] = []
    for (let to = 0; to < k; to++) {
      if (t === 0) {
        const start = weight * (startRow[to] ?? 0)
        f.push(start + (emission[to] ?? 0))
        v.push(start + (emission[to] ?? 0))
        b.push(-1)
        continue
      }
      const previousF = forward[t - 1] as number[]
      const previousV = best[t - 1] as number[]
      const terms: number[] = []
      let bestScore = Number.NEGATIVE_INFINITY
      let bestFrom = 0
      for (let from = 0; from < k; from++) {
        terms.push((previousF[from] ?? 0) + step(from, to))
        const score = (previousV[from] ?? 0) + step(from, to)
        if (score > bestScore) {
          bestScore = score
          bestFrom = from
        }
      }
      f.push(logSumExp(terms) + (emission[to] ?? 0))
      v.push(bestScore + (emission[to] ?? 0))
      b.push(bestFrom)
    }
    forward.push(f)
    best.push(v)
    back.push(b)
  }
  const end = (to: number) => weight * (transitions.end[to] ?? 0)
  const backward: number[][] = new Array(n)
  backward[n - 1] = kinds.map((_, to) => end(to))
  for (let t = n - 2; t >= 0; t--) {
    const next = backward[t + 1] as number[]
    const emission = emissions[t + 1] as number[]
    backward[t] = kinds.map((_, from) =>
      logSumExp(kinds.map((__, to) => step(from, to) + (emission[to] ?? 0) + (next[to] ?? 0))),
    )
  }
  const lastRow = (best[n - 1] as number[]).map((score, to) => score + end(to))
  let state = argmax(lastRow)
  const path: number[] = new Array(n)
  for (let t = n - 1; t >= 0; t--) {
    path[t] = state
    state = (back[t] as number[])[state] ?? 0
  }
  const total = logSumExp((forward[n - 1] as number[]).map((score, to) => score + end(to)))

  return path.map((kind, t) => {
    const known = fixed[t]
    if (known) return {kind: known.kind, confidence: known.confidence, reasons: known.reasons}
    const marginal = Math.exp(
      ((forward[t] as number[])[kind] ?? 0) + ((backward[t] as number[])[kind] ?? 0) - total,
    )
    const previous = t > 0 ? path[t - 1] : undefined
    return {
      kind: kinds[kind] as Kind,
      confidence: round(calibrate(model.calibration, marginal, sections[t]?.named ?? false)),
      reasons: reasonsFor(model, sections[t] as SectionFeatures, kind, {
        previous: previous === undefined ? undefined : (kinds[previous] as Kind),
        parent,
        transition:
          previous === undefined
            ? weight * (startRow[kind] ?? 0) - mean(startRow.map((x) => weight * x))
            : step(previous, kind) - mean(kinds.map((_, to) => step(previous, to))),
        heading: headings[t] ?? null,
      }),
    }
  })
}

/** The model's raw score for each kind: its features', then its words'. */
export function scoresOf(model: TaggerModel, section: SectionFeatures): number[] {
  const wordWeights = wordWeightsOf(model, section)
  return model.weights.map((row, kind) => {
    let sum = dot(section.values, row)
    const words = wordWeights[kind]
    if (words) sum += dot(section.words, words)
    return sum
  })
}

function wordWeightsOf(model: TaggerModel, section: SectionFeatures) {
  return model.words?.[section.lexicon.lang] ?? section.lexicon.weights
}

function dot(values: Float64Array, weights: readonly number[]) {
  let sum = 0
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? 0
    if (value !== 0) sum += value * (weights[index] ?? 0)
  }
  return sum
}

/** The calibrated confidence of a marginal probability. */
export function calibrate(calibration: Calibration, probability: number, named: boolean) {
  const {a, b} = named ? calibration.named : calibration.unnamed
  const p = Math.min(Math.max(probability, 1e-6), 1 - 1e-6)
  const logit = Math.log(p / (1 - p))
  return 1 / (1 + Math.exp(-(a * logit + b)))
}

interface ReasonContext {
  previous: Kind | undefined
  parent: Kind | undefined
  /** How much the sequence lifted this kind over the average kind. */
  transition: number
  heading: string | null
}

/**
 * The features that counted most for the chosen kind, strongest first, in plain words: each
 * feature's part of the score, against what the same feature gives the average kind.
 */
function reasonsFor(
  model: TaggerModel,
  section: SectionFeatures,
  kind: number,
  context: ReasonContext,
): string[] {
  const contributions: Array<{reason: string; value: number}> = []
  for (let index = 0; index < section.values.length; index++) {
    const value = section.values[index] ?? 0
    const name = featureNames[index] as string
    if (value === 0 || name === 'bias') continue
    const lift = liftOf(model.weights, kind, index, value)
    const reason = describeFeature(name, value, section.matches)
    if (lift > 0.15 && reason) contributions.push({reason, value: lift})
  }
  // The words that counted most, together: one reason naming a few of them.
  const wordRow = wordWeightsOf(model, section)
  const lifts: Array<{word: string; value: number}> = []
  for (let index = 0; index < section.words.length; index++) {
    const value = section.words[index] ?? 0
    if (value === 0) continue
    const lift = liftOf(wordRow, kind, index, value)
    if (lift > 0.05) lifts.push({word: section.lexicon.words[index] as string, value: lift})
  }
  lifts.sort((a, b) => b.value - a.value)
  const wordLift = lifts.reduce((sum, entry) => sum + entry.value, 0)
  if (wordLift > 0.15) {
    // Only content words are named: a reason quoting “the” or “まし” tells a reader nothing.
    const quoted = lifts
      .filter((entry) => isQuotable(entry.word))
      .slice(0, 3)
      .map((entry) => `“${entry.word}”`)
    const reason = quoted.length > 0 ? `its wording (${quoted.join(', ')})` : 'its wording'
    contributions.push({reason, value: wordLift})
  }
  if (context.transition > 0.3) {
    const reason =
      context.previous !== undefined
        ? `follows the ${context.previous} section`
        : context.parent !== undefined
          ? `part of ${withArticle(context.parent)} section`
          : 'opens the essay'
    contributions.push({reason, value: context.transition})
  }
  contributions.sort((a, b) => b.value - a.value)
  const reasons = [...new Set(contributions.map((entry) => entry.reason))].slice(0, 4)
  return reasons.length > 0 ? reasons : ['no strong signal for any kind']
}

/** What a feature of `value` gives `kind` over what it gives the average kind. */
function liftOf(
  weights: readonly (readonly number[])[],
  kind: number,
  index: number,
  value: number,
): number {
  const average = mean(weights.map((row) => (row[index] ?? 0) * value))
  return ((weights[kind] ?? [])[index] ?? 0) * value - average
}

function logSoftmax(scores: number[]): number[] {
  const total = logSumExp(scores)
  return scores.map((score) => score - total)
}

function logSumExp(values: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY
  for (const value of values) if (value > max) max = value
  if (max === Number.NEGATIVE_INFINITY) return max
  let sum = 0
  for (const value of values) sum += Math.exp(value - max)
  return max + Math.log(sum)
}

function argmax(values: readonly number[]): number {
  let index = 0
  for (let i = 1; i < values.length; i++) if ((values[i] ?? 0) > (values[index] ?? 0)) index = i
  return index
}

function mean(values: readonly number[]) {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
}

function withArticle(kind: Kind) {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`
}

function round(value: number) {
  return Math.round(value * 100) / 100
}
