// Rules on the features an entry lists: known names, no duplicates, and each detectable feature
// listed exactly when the file has it.

import {FEATURES, featureNames} from './features.js'
import {check} from './tally.js'

/** @import {Essay} from './read-essay.js' */

/**
 * Check the features of one essay against `FEATURES` and the file.
 *
 * @param {Essay} essay
 */
export function checkFeatures(essay) {
  const {file, expected} = essay
  for (const feature of expected.features ?? []) {
    check(Object.hasOwn(FEATURES, feature), `${file}: unknown feature "${feature}"`)
  }
  check(
    new Set(expected.features).size === expected.features?.length,
    `${file}: features must be an array without duplicates`,
  )
  for (const feature of featureNames) {
    const {detect} = FEATURES[feature]
    if (!detect) continue
    const has = Boolean(detect(essay))
    check(
      has === expected.features?.includes(feature),
      `${file}: the file ${has ? 'has' : 'lacks'} feature "${feature}" but labels.json ${has ? 'does not list' : 'lists'} it`,
    )
  }
}
