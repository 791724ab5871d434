/**
 * The first-run score of every batch of essays added to the corpus: each batch was written and
 * labelled before any parser ran on it, then scored once, by the parser of the time. This is
 * the figure that says how the tagger generalises; it is recorded, never recomputed.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const {batches} = JSON.parse(readFileSync(require.resolve('@tsuzuri/corpus/batches.json'), 'utf8'))
console.log('First-run scores of the corpus batches (written before the parser saw them):')
for (const {batch, essays, shape, parser, firstRun} of batches) {
  console.log(`  batch ${batch} (${essays} essays; ${shape}), scored by ${parser}:`)
  console.log(
    `    labels ${firstRun.labels}; top-level ${firstRun.top}; subsections ${firstRun.sub}; items ${firstRun.items}; titles ${firstRun.titles}; confident wrong ${firstRun.confidentWrong}`,
  )
}
