// Rules on the corpus as a whole: enough essays per language, every feature covered (most in a
// minimum number of essays per language), most essays opening with an untitled intro.

import {FEATURES, featureNames} from './features.js'
import {check} from './tally.js'
import {LANGS} from './vocabulary.js'

/** @import {Lang} from '../index.js' */
/** @import {Essay} from './read-essay.js' */

const MIN_ESSAYS_PER_LANG = 7

/**
 * Check what the corpus covers.
 *
 * @param {Essay[]} essays Every labelled essay.
 * @returns {{originals: Essay[], count: Record<Lang, number>}} The essays that are not twins, and
 *   how many there are of each language.
 */
export function checkCoverage(essays) {
  const originals = essays.filter((e) => e.expected.twin === undefined)
  /** @type {Record<Lang, number>} */
  const count = {ja: 0, en: 0}
  for (const essay of originals) count[essay.expected.lang]++
  for (const lang of LANGS) {
    check(
      count[lang] >= MIN_ESSAYS_PER_LANG,
      `only ${count[lang]} ${lang} essays (twins not counted), expected at least ${MIN_ESSAYS_PER_LANG}`,
    )
  }
  for (const feature of featureNames) {
    const {min} = FEATURES[feature]
    const having = essays.filter((e) => e.expected.features?.includes(feature))
    check(having.length > 0, `no essay covers feature "${feature}"`)
    for (const [lang, least] of Object.entries(min ?? {})) {
      const n = having.filter((e) => e.expected.lang === lang).length
      check(n >= least, `feature "${feature}" needs ${least} ${lang} essays, has ${n}`)
    }
  }
  const withIntro = essays.filter((e) => e.expected.sections?.[0]?.heading === null).length
  check(
    withIntro * 2 > essays.length,
    `most essays should open with an untitled intro; only ${withIntro} of ${essays.length} do`,
  )
  return {originals, count}
}
