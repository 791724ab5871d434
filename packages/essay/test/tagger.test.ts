import {describe, expect, it} from 'vitest'
import {kinds} from '../src/lib/kinds.js'
import {featureNames, type SectionFeatures} from '../src/lib/tagger/features.js'
import {type TaggerModel, tagSequence} from '../src/lib/tagger/tagger.js'
import type {Kind} from '../src/lib/types.js'

/**
 * The decision function on its own: a small model whose only features are one per kind, so a
 * section's emission scores are what the test says, and transitions the test chooses.
 */
const k = kinds.length
const featureOf = (kind: number) => featureNames.indexOf(`heading:${kinds[kind]}`)

function modelWith(next: number[][], start: number[], end: number[], weight = 1): TaggerModel {
  return {
    featureCount: featureNames.length,
    kinds,
    weights: kinds.map((_, row) =>
      featureNames.map((_, column) => (column === featureOf(row) ? 1 : 0)),
    ),
    transitionWeight: weight,
    top: {start: [start], next, end},
    nested: {start: kinds.map(() => start), next, end},
    // Identity calibration: the confidence is the marginal probability itself.
    calibration: {named: {a: 1, b: 0}, unnamed: {a: 1, b: 0}},
  }
}

const noWords = {lang: 'en', words: [], weights: kinds.map(() => [])}

/** A section whose score for each kind is `scores[kind]`. */
function section(scores: readonly number[]): SectionFeatures {
  const values = new Float64Array(featureNames.length)
  for (const [kind, score] of scores.entries()) values[featureOf(kind)] = score
  return {values, words: new Float64Array(0), lexicon: noWords, matches: {}, named: false}
}

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

const logSoftmax = (scores: readonly number[]) => {
  const max = Math.max(...scores)
  const sum = scores.reduce((total, score) => total + Math.exp(score - max), 0)
  return scores.map((score) => score - max - Math.log(sum))
}

describe('tagSequence', () => {
  it('should give the best sequence and each kind’s marginal probability, as enumerating every sequence does', () => {
    const next = random(7)
    for (let trial = 0; trial < 20; trial++) {
      const grid = () => kinds.map(() => kinds.map(() => -3 * next()))
      const transitions = grid()
      const start = kinds.map(() => -3 * next())
      const end = kinds.map(() => -3 * next())
      const scores = [0, 1, 2].map(() => kinds.map(() => 4 * next()))
      const model = modelWith(transitions, start, end)
      const decisions = tagSequence(model, scores.map(section), [], undefined, [null, null, null])

      // Every one of the 7³ sequences, scored as the model defines it.
      const emissions = scores.map(logSoftmax)
      let bestScore = Number.NEGATIVE_INFINITY
      let bestPath: number[] = []
      const totals = scores.map(() => kinds.map(() => 0))
      let total = 0
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) {
          for (let c = 0; c < k; c++) {
            const path = [a, b, c]
            const score =
              (start[a] ?? 0) +
              (transitions[a]?.[b] ?? 0) +
              (transitions[b]?.[c] ?? 0) +
              (end[c] ?? 0) +
              path.reduce((sum, kind, t) => sum + (emissions[t]?.[kind] ?? 0), 0)
            if (score > bestScore) {
              bestScore = score
              bestPath = path
            }
            const weight = Math.exp(score)
            total += weight
            for (const [t, kind] of path.entries()) {
              const row = totals[t] as number[]
              row[kind] = (row[kind] ?? 0) + weight
            }
          }
        }
      }
      expect(decisions.map((decision) => decision.kind)).toEqual(
        bestPath.map((kind) => kinds[kind]),
      )
      for (const [t, decision] of decisions.entries()) {
        const marginal = (totals[t]?.[bestPath[t] ?? 0] ?? 0) / total
        expect(decision.confidence).toBeCloseTo(marginal, 2)
      }
    }
  })

  it('should let a neighbour’s evidence and the transitions settle a section its own evidence leaves open', () => {
    const experience = kinds.indexOf('experience')
    const feelings = kinds.indexOf('feelings')
    const flat = kinds.map(() => -2)
    const strong = kinds.map((_, kind) => (kind === experience ? 6 : 0))
    const even = kinds.map((_, kind) => (kind === experience || kind === feelings ? 3 : 0))
    const zero = kinds.map(() => 0)
    const toFeelings = kinds.map((_, from) =>
      kinds.map((__, to) => (from === experience && to === feelings ? 0 : -2)),
    )
    const toExperience = kinds.map((_, from) =>
      kinds.map((__, to) => (from === experience && to === experience ? 0 : -2)),
    )
    const sections = [section(strong), section(even)]
    const read = (transitions: number[][]) =>
      tagSequence(modelWith(transitions, zero, zero), sections, [], undefined, [null, null]).map(
        (decision) => decision.kind,
      )
    expect(read(toFeelings)).toEqual(['experience', 'feelings'])
    expect(read(toExperience)).toEqual(['experience', 'experience'])
    // Without the sequence, the open section is a coin toss between the two.
    const alone = tagSequence(
      modelWith(toFeelings, flat, flat, 0),
      [section(even)],
      [],
      undefined,
      [null],
    )[0]
    expect(alone?.confidence).toBeCloseTo(Math.exp(logSoftmax(even)[experience] ?? 0), 2)
  })

  it('should keep a fixed kind and decode its neighbours around it', () => {
    const strategies = kinds.indexOf('strategies')
    const conclusion = kinds.indexOf('conclusion')
    const zero = kinds.map(() => 0)
    // After strategies, conclusion; the last section's own evidence says nothing.
    const transitions = kinds.map((_, from) =>
      kinds.map((__, to) => (from === strategies && to === conclusion ? 0 : -4)),
    )
    const fixed = {kind: 'strategies' as Kind, confidence: 1, reasons: ['tagged by the author']}
    const decisions = tagSequence(
      modelWith(transitions, zero, zero),
      [section(kinds.map((_, kind) => (kind === conclusion ? 5 : 0))), section(zero)],
      [fixed, undefined],
      undefined,
      ['My tips', 'Last'],
    )
    expect(decisions[0]).toEqual({
      kind: 'strategies',
      confidence: 1,
      reasons: ['tagged by the author'],
    })
    expect(decisions[1]?.kind).toBe('conclusion')
  })
})
