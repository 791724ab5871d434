// Rule: the files in `essays/` and the entries of `labels.json` match.

import {check} from './tally.js'

/** @import {ExpectedEssay} from '../index.js' */

/**
 * Check that every file in `essays/` is an essay with labels, and every label has its file.
 *
 * @param {string[]} files File names in `essays/`, hidden files left out.
 * @param {Readonly<Record<string, ExpectedEssay>>} labels
 */
export function checkFilesMatchLabels(files, labels) {
  for (const file of files) {
    check(/\.(?:md|txt)$/.test(file), `essays/${file}: only .md and .txt files belong in essays/`)
    check(Object.hasOwn(labels, file), `essays/${file} has no entry in labels.json`)
  }
  for (const file of Object.keys(labels)) {
    check(files.includes(file), `labels.json has "${file}" but essays/${file} does not exist`)
  }
}
