/**
 * Cross-validation of the tagger: each fold is fitted on the other essays, its own essays are
 * parsed with that model and scored; the predictions it collects calibrate the confidence
 * (`calibrationOf`) and give the reliability table the docs show.
 */
// @ts-expect-error: plain JS shared with the benchmarks
import {normalizeHeading, score} from '../bench/score.js'
import {parseWithModel} from '../src/lib/parse-essay.js'
import {headingNamesKind} from '../src/lib/tagger/features.js'
import {type Calibration, calibrate} from '../src/lib/tagger/tagger.js'
import type {Essay, Section} from '../src/lib/types.js'
import {fitPlatt} from './fit.js'
import {fitModel, type Label, type LabelledEssay, type Settings} from './training.js'

export interface CrossValidation {
  settings: Settings
  essays: number
  folds: number
  totals: ReturnType<typeof score>
  /**
   * Every labelled section's confidence under cross-validation, whether it was right, and
   * whether its heading names a kind.
   */
  predictions: Prediction[]
}

export interface Prediction {
  p: number
  correct: boolean
  named: boolean
}

/**
 * Cross-validation: essay `i` is held out in fold `i % folds`; each fold is fitted on the other
 * essays, then its essays are parsed and scored. `folds` defaults to one per essay (leave one
 * essay out, the figure the docs report); the corpus test uses ten, a seventeenth of the fits.
 */
export function crossValidate(
  essays: readonly LabelledEssay[],
  settings: Settings,
  folds: number = essays.length,
): CrossValidation {
  return combineFolds(essays, settings, folds, [
    crossValidateFolds(essays, settings, folds, () => true),
  ])
}

/** What some folds of a cross-validation found: `combineFolds` adds them up. */
export interface FoldResults {
  results: Array<{index: number; file: string; expected: LabelledEssay['expected']; essay: Essay}>
  predictions: Prediction[]
}

/** The folds `take` accepts of a cross-validation: `train.ts` runs them on every core. */
export function crossValidateFolds(
  essays: readonly LabelledEssay[],
  settings: Settings,
  folds: number,
  take: (fold: number) => boolean,
): FoldResults {
  const results: FoldResults['results'] = []
  const predictions: Prediction[] = []
  for (let fold = 0; fold < folds; fold++) {
    if (!take(fold)) continue
    const model = fitModel(
      essays.filter((_, index) => index % folds !== fold),
      settings,
    )
    for (const [index, held] of essays.entries()) {
      if (index % folds !== fold) continue
      const {essay} = parseWithModel(held.source, {}, model)
      results.push({index, file: held.file, expected: held.expected, essay})
      pair(held.expected.sections, essay.sections, predictions)
    }
  }
  return {results, predictions}
}

/** One cross-validation from the results of all its folds, scored in corpus order. */
export function combineFolds(
  essays: readonly LabelledEssay[],
  settings: Settings,
  folds: number,
  parts: readonly FoldResults[],
): CrossValidation {
  const results = parts.flatMap((part) => part.results).sort((a, b) => a.index - b.index)
  const predictions = parts.flatMap((part) => part.predictions)
  return {settings, essays: essays.length, folds, totals: score(results), predictions}
}

/** Confidence and correctness of every labelled section found in the output. */
function pair(
  labels: readonly Label[],
  sections: readonly Section[],
  out: CrossValidation['predictions'],
) {
  const byHeading = new Map(sections.map((section) => [normalizeHeading(section.heading), section]))
  for (const label of labels) {
    const got = byHeading.get(normalizeHeading(label.heading))
    if (!got) continue
    // Fixed kinds (author tags, the untitled opening) are not the model's predictions.
    if (!(label.heading === null && got.depth === 0))
      out.push({
        p: got.confidence,
        correct: got.kind === label.kind,
        named: headingNamesKind(got.heading),
      })
    if (label.children) pair(label.children, got.children, out)
  }
}

/** Platt scaling fitted on cross-validated predictions, for each kind of evidence. */
export function calibrationOf(cv: CrossValidation): Calibration {
  return {
    named: fitPlatt(cv.predictions.filter((prediction) => prediction.named)),
    unnamed: fitPlatt(cv.predictions.filter((prediction) => !prediction.named)),
  }
}

/** Reliability table and expected calibration error of calibrated predictions. */
export function reliability(predictions: CrossValidation['predictions'], calibration: Calibration) {
  const bins = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001]
  const rows = bins.slice(0, -1).map((low, index) => ({
    range: `${low.toFixed(1)}–${Math.min(1, bins[index + 1] ?? 1).toFixed(1)}`,
    count: 0,
    correct: 0,
    confidence: 0,
  }))
  let confidentWrong = 0
  for (const {p, correct, named} of predictions) {
    const q = calibrate(calibration, p, named)
    const row = rows[bins.findIndex((low, index) => q >= low && q < (bins[index + 1] ?? 2))]
    if (!row) continue
    row.count++
    row.confidence += q
    if (correct) row.correct++
    if (!correct && q >= 0.7) confidentWrong++
  }
  let ece = 0
  for (const row of rows) {
    if (row.count === 0) continue
    ece +=
      (row.count / predictions.length) *
      Math.abs(row.correct / row.count - row.confidence / row.count)
  }
  return {
    rows: rows.map((row) => ({
      range: row.range,
      count: row.count,
      accuracy: row.count === 0 ? null : round3(row.correct / row.count),
      confidence: row.count === 0 ? null : round3(row.confidence / row.count),
    })),
    ece: round3(ece),
    confidentWrong,
  }
}

function round3(value: number) {
  return Math.round(value * 1000) / 1000
}
