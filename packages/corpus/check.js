// Checks that the corpus and its labels agree. Run with `node check.js` (the package's `test`).
// The checks live in `check/`; this file reads the essays and runs them in order.
import {readdirSync} from 'node:fs'
import {readEssay} from './check/read-essay.js'
import {report} from './check/report.js'
import {checkCoverage} from './check/rules-coverage.js'
import {checkEntry, checkSections, checkTwin} from './check/rules-entry.js'
import {checkFeatures} from './check/rules-features.js'
import {checkFilesMatchLabels} from './check/rules-files.js'
import {checkHeadings} from './check/rules-headings.js'
import {checkLength, checkTitle} from './check/rules-title-length.js'

/** @import {Essay} from './check/read-essay.js' */

const {corpusDirectory, labels} = await import('./index.js').catch((error) => {
  console.error(error.message)
  console.log('0 passed, 1 failed')
  process.exit(1)
})

// Files and labels match.
const files = readdirSync(corpusDirectory).filter((file) => !file.startsWith('.'))
checkFilesMatchLabels(files, labels)

/** @type {Essay[]} */
const essays = []
for (const file of [...files].sort()) {
  // A file without labels is reported above.
  const expected = Object.hasOwn(labels, file) ? labels[file] : undefined
  if (expected === undefined) continue
  const essay = readEssay(corpusDirectory, file, expected)
  essays.push(essay)
  checkEntry(essay)
  checkTitle(essay)
  checkLength(essay)
  checkSections(essay)
  checkHeadings(essay)
  checkFeatures(essay)
  checkTwin(essay, labels)
}

report(essays, checkCoverage(essays))
