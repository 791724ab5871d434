/**
 * Score one folder of labelled essays (`labels.json` beside or above `essays/`) with a given
 * build of the parser: how a batch written before the tagger saw it fares on its first run.
 *
 *   node bench/batch-score.js <folder> [path/to/parser/index.js] [--verbose]
 */
import {existsSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseLabelled, score} from './score.js'

const args = process.argv.slice(2)
const [folder, modulePath] = args.filter((arg) => !arg.startsWith('--'))
if (!folder) {
  console.error('usage: node bench/batch-score.js <folder> [parser module]')
  process.exit(2)
}
const {parseEssay} = modulePath
  ? await import(pathToFileURL(resolve(modulePath)).href)
  : await import('@tsuzuri/essay')
const labelsPath = join(folder, 'labels.json')
const essays = existsSync(join(folder, 'essays')) ? join(folder, 'essays') : folder
const labels = JSON.parse(readFileSync(labelsPath, 'utf8'))
const results = parseLabelled(labels, essays, parseEssay)
const t = score(results)
const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`)
const all = t.topRight + t.subRight + t.itemsFound + t.titlesRight
const of = t.top + t.sub + t.items + t.titles
console.log(
  JSON.stringify({
    folder,
    essays: results.length,
    labels: `${all}/${of} (${pct(all, of)})`,
    top: `${t.topRight}/${t.top} (${pct(t.topRight, t.top)})`,
    sub: `${t.subRight}/${t.sub} (${pct(t.subRight, t.sub)})`,
    items: `${t.itemsFound}/${t.items} (${pct(t.itemsFound, t.items)})`,
    titles: `${t.titlesRight}/${t.titles} (${pct(t.titlesRight, t.titles)})`,
    confidentWrong: t.confidentWrong,
  }),
)
if (args.includes('--verbose')) for (const line of t.misses) console.log(`  ${line}`)
