// The summary printed at the end, and the exit code.

import {FEATURES} from './features.js'
import {tally} from './tally.js'

/** @import {Lang} from '../index.js' */
/** @import {Essay} from './read-essay.js' */

/**
 * Print what was checked and every failure; set a failing exit code if there was one.
 *
 * @param {Essay[]} essays Every labelled essay.
 * @param {{originals: Essay[], count: Record<Lang, number>}} coverage See `checkCoverage`.
 */
export function report(essays, {originals, count}) {
  console.log(
    `@tsuzuri/corpus: ${essays.length} files, ${originals.length} essays (${count.ja} ja, ${count.en} en), ${Object.keys(FEATURES).length} features checked`,
  )
  if (tally.failures.length > 0) {
    console.error(`\nThe corpus and labels.json disagree:`)
    for (const message of tally.failures) console.error(`  ✗ ${message}`)
  }
  console.log(`${tally.passed} passed, ${tally.failures.length} failed`)
  if (tally.failures.length > 0) process.exitCode = 1
}
