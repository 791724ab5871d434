/**
 * The fastest of `runs` calls of `parse` on `input`, in ms: a shared machine only ever adds
 * time, so the fastest run is the one to compare. Shared by the tests that assert growth ratios.
 */
export function fastestTime(
  input: string,
  runs: number,
  parse: (value: string) => unknown,
): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    parse(input)
    best = Math.min(best, performance.now() - start)
  }
  return best
}
