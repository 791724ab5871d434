/**
 * Tagging accuracy over a folder of labelled essays (default: the sample corpus).
 *
 *   node bench/accuracy.js [folder-with-labels.json] [--verbose]
 *
 * Prints top-level and subsection kind accuracy, strategy-item recall, and how many wrong
 * answers were confident (≥ 0.7): the number that must stay at zero.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {corpusDirectory} from '@tsuzuri/corpus'
import {parseEssay} from '@tsuzuri/essay'
import {parseLabelled, score} from './score.js'

const args = process.argv.slice(2)
const folder = args.find((arg) => !arg.startsWith('--')) ?? corpusDirectory
const labelsPath = [join(folder, 'labels.json'), join(folder, '..', 'labels.json')].find(existsSync)
if (!labelsPath) {
  console.error(`accuracy: no labels.json in ${folder} or its parent folder`)
  process.exit(1)
}
const labels = JSON.parse(readFileSync(labelsPath, 'utf8'))
const results = parseLabelled(labels, folder, parseEssay)
const totals = score(results)
const percent = (right, all) => (all === 0 ? 'n/a' : `${((100 * right) / all).toFixed(1)}%`)
console.log(`Tagging accuracy over ${results.length} essays in ${folder}`)
if (folder === corpusDirectory) {
  console.log(
    '  (the model was fitted on these essays: this is training accuracy, not how it generalises;\n   see the cross-validated figures and the first-run scores below)',
  )
}
console.log(
  `  top-level sections: ${totals.topRight}/${totals.top} (${percent(totals.topRight, totals.top)})`,
)
console.log(
  `  subsections:        ${totals.subRight}/${totals.sub} (${percent(totals.subRight, totals.sub)})`,
)
console.log(
  `  strategy items:     ${totals.itemsFound}/${totals.items} (${percent(totals.itemsFound, totals.items)})`,
)
console.log(
  `  titles:             ${totals.titlesRight}/${totals.titles} (${percent(totals.titlesRight, totals.titles)})`,
)
console.log(`  confident (≥ 0.7) wrong answers: ${totals.confidentWrong}`)
if (args.includes('--verbose')) for (const line of totals.misses) console.log(`  ${line}`)
