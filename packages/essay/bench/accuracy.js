/**
 * Tagging accuracy over a folder of labelled essays (default: the sample corpus).
 *
 *   node bench/accuracy.js [folder-with-labels.json] [--verbose]
 *
 * Prints top-level and subsection kind accuracy, strategy-item recall, and how many wrong
 * answers were confident (≥ 0.7): the number that must stay at zero.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseEssay} from '@tsuzuri/essay'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const folder =
  args.find((arg) => !arg.startsWith('--')) ??
  fileURLToPath(new URL('../../corpus/essays/', import.meta.url))
const labelsPath = [join(folder, 'labels.json'), join(folder, '..', 'labels.json')].find((path) => {
  try {
    readFileSync(path)
    return true
  } catch {
    return false
  }
})
if (!labelsPath) {
  console.error(`accuracy: no labels.json in ${folder} or its parent`)
  process.exit(1)
}
const labels = JSON.parse(readFileSync(labelsPath, 'utf8'))

export function evaluate(labelsByFile, readSource) {
  const totals = {
    top: 0,
    topRight: 0,
    sub: 0,
    subRight: 0,
    items: 0,
    itemsFound: 0,
    confidentWrong: 0,
    lines: [],
  }
  for (const [file, expected] of Object.entries(labelsByFile)) {
    const essay = parseEssay(readSource(file))
    compare(file, expected.sections, essay.sections, totals, 0)
  }
  return totals
}

const normalize = (value) =>
  String(value ?? '')
    .normalize('NFKC')
    .replace(/[\s*_#]+/g, '')
    .toLowerCase()

function compare(file, expectedSections, actualSections, totals, level) {
  const byHeading = new Map(actualSections.map((section) => [normalize(section.heading), section]))
  for (const [index, want] of expectedSections.entries()) {
    const got =
      byHeading.get(normalize(want.heading)) ??
      (want.heading === null ? actualSections[0] : undefined)
    const key = level === 0 ? 'top' : 'sub'
    totals[key]++
    if (got && got.kind === want.kind) totals[`${key}Right`]++
    else {
      if (got && got.confidence >= 0.7) totals.confidentWrong++
      totals.lines.push(
        `${file} ${'  '.repeat(level)}#${index} “${want.heading}”: want ${want.kind}, got ${got ? `${got.kind} ${got.confidence} (${got.reasons.join('; ')})` : 'no such section'}`,
      )
    }
    if (want.items && got) {
      const titles = (got.items ?? []).map((item) => normalize(item.title))
      for (const item of want.items) {
        totals.items++
        const target = normalize(item)
        if (
          titles.some(
            (title) =>
              title === target ||
              title.includes(target) ||
              (target.includes(title) && title.length > 3),
          )
        ) {
          totals.itemsFound++
        } else
          totals.lines.push(
            `${file}   item “${item}” not found in [${(got.items ?? []).map((i) => i.title).join(' | ')}]`,
          )
      }
    }
    if (want.children && got) compare(file, want.children, got.children, totals, level + 1)
  }
}

const totals = evaluate(labels, (file) => readFileSync(join(folder, file), 'utf8'))
const percent = (right, all) => (all === 0 ? 'n/a' : `${((100 * right) / all).toFixed(1)}%`)
console.log(`Tagging accuracy over ${Object.keys(labels).length} essays in ${folder}`)
console.log(
  `  top-level sections: ${totals.topRight}/${totals.top} (${percent(totals.topRight, totals.top)})`,
)
console.log(
  `  subsections:        ${totals.subRight}/${totals.sub} (${percent(totals.subRight, totals.sub)})`,
)
console.log(
  `  strategy items:     ${totals.itemsFound}/${totals.items} (${percent(totals.itemsFound, totals.items)})`,
)
console.log(`  confident (≥0.7) wrong answers: ${totals.confidentWrong}`)
if (verbose) for (const line of totals.lines) console.log(`  ${line}`)
