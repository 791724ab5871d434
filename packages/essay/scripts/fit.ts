/**
 * Fitting, with no dependency: a multinomial logistic regression (softmax, L2-regularised,
 * full-batch gradient descent with Adam) and Platt scaling. The data are a few hundred sections,
 * so this takes well under a second.
 */

export interface Sample {
  x: Float64Array
  /** Index of the labelled kind. */
  y: number
}

export function fitSoftmax(
  samples: readonly Sample[],
  classes: number,
  features: number,
  {l2 = 0.01, iterations = 600, rate = 0.05} = {},
): number[][] {
  const w = Array.from({length: classes}, () => new Float64Array(features))
  const m = Array.from({length: classes}, () => new Float64Array(features))
  const v = Array.from({length: classes}, () => new Float64Array(features))
  const grad = Array.from({length: classes}, () => new Float64Array(features))
  const n = samples.length
  const scores = new Float64Array(classes)
  // Most features are 0 for most sections: walk only the others.
  const sparse = samples.map(({x, y}) => {
    const indices: number[] = []
    for (let f = 0; f < features; f++) if ((x[f] ?? 0) !== 0) indices.push(f)
    return {indices, values: indices.map((f) => x[f] ?? 0), y}
  })
  for (let step = 1; step <= iterations; step++) {
    for (const row of grad) row.fill(0)
    for (const {indices, values, y} of sparse) {
      let max = Number.NEGATIVE_INFINITY
      for (let c = 0; c < classes; c++) {
        let sum = 0
        const wc = w[c] as Float64Array
        for (let j = 0; j < indices.length; j++)
          sum += (wc[indices[j] as number] ?? 0) * (values[j] ?? 0)
        scores[c] = sum
        if (sum > max) max = sum
      }
      let total = 0
      for (let c = 0; c < classes; c++) {
        scores[c] = Math.exp((scores[c] ?? 0) - max)
        total += scores[c] ?? 0
      }
      for (let c = 0; c < classes; c++) {
        const error = (scores[c] ?? 0) / total - (c === y ? 1 : 0)
        if (error === 0) continue
        const gc = grad[c] as Float64Array
        for (let j = 0; j < indices.length; j++) {
          const f = indices[j] as number
          gc[f] = (gc[f] ?? 0) + error * (values[j] ?? 0)
        }
      }
    }
    for (let c = 0; c < classes; c++) {
      const wc = w[c] as Float64Array
      const gc = grad[c] as Float64Array
      const mc = m[c] as Float64Array
      const vc = v[c] as Float64Array
      for (let f = 0; f < features; f++) {
        // The bias (feature 0) is not shrunk.
        const g = (gc[f] ?? 0) / n + (f === 0 ? 0 : l2 * (wc[f] ?? 0))
        mc[f] = 0.9 * (mc[f] ?? 0) + 0.1 * g
        vc[f] = 0.999 * (vc[f] ?? 0) + 0.001 * g * g
        const mHat = (mc[f] ?? 0) / (1 - 0.9 ** step)
        const vHat = (vc[f] ?? 0) / (1 - 0.999 ** step)
        wc[f] = (wc[f] ?? 0) - (rate * mHat) / (Math.sqrt(vHat) + 1e-8)
      }
    }
  }
  return w.map((row) => [...row])
}

/** Fit `p' = σ(a·logit(p) + b)` to (probability, correct) pairs by gradient descent. */
export function fitPlatt(pairs: ReadonlyArray<{p: number; correct: boolean}>): {
  a: number
  b: number
} {
  let a = 1
  let b = 0
  const points = pairs.map(({p, correct}) => {
    const clamped = Math.min(Math.max(p, 1e-6), 1 - 1e-6)
    return {z: Math.log(clamped / (1 - clamped)), y: correct ? 1 : 0}
  })
  for (let step = 0; step < 3000; step++) {
    let ga = 0
    let gb = 0
    for (const {z, y} of points) {
      const q = 1 / (1 + Math.exp(-(a * z + b)))
      ga += (q - y) * z
      gb += q - y
    }
    a -= (0.5 * ga) / points.length
    b -= (0.5 * gb) / points.length
  }
  return {a, b}
}

/** Log-probabilities of a kind following another, from counts, add-one smoothed per row. */
export function logRows(counts: readonly (readonly number[])[]): number[][] {
  return counts.map((row) => {
    const total = row.reduce((sum, count) => sum + count + 1, 0)
    return row.map((count) => Math.log((count + 1) / total))
  })
}
