import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** @import {CorpusEssay, ExpectedEssay} from './index.js' */

export {kinds} from './kinds.js'

/** Absolute path of the folder holding the essays (with a trailing separator). */
export const corpusDirectory = fileURLToPath(new URL('./essays/', import.meta.url))

/** The expected labels of every essay, keyed by file name (see `labels.json`). */
export const labels = readLabels()

/** @returns {Readonly<Record<string, ExpectedEssay>>} */
function readLabels() {
  const url = new URL('./labels.json', import.meta.url)
  try {
    return JSON.parse(readFileSync(url, 'utf8'))
  } catch (error) {
    throw new Error(
      `@tsuzuri/corpus: cannot read ${fileURLToPath(url)}: ${error instanceof Error ? error.message : error}`,
    )
  }
}

/** File names in `essays/` that are essays: Markdown (`.md`) or plain text (`.txt`). */
const essayFile = /\.(?:md|txt)$/

/**
 * Read every essay of the corpus with its expected labels, sorted by file name.
 *
 * @returns {CorpusEssay[]}
 */
export function readCorpus() {
  return readdirSync(corpusDirectory)
    .filter((file) => essayFile.test(file))
    .sort()
    .map((file) => {
      const expected = labels[file]
      if (!expected) {
        throw new Error(`@tsuzuri/corpus: essays/${file} has no entry in labels.json`)
      }
      const path = join(corpusDirectory, file)
      return {file, path, source: readFileSync(path, 'utf8'), expected}
    })
}
