/**
 * `pnpm train`'s first step: choose each language's words (`src/lib/tagger/words.ts`) and write
 * them into `src/lib/profiles/<lang>-lexicon.generated.ts`, for `train.ts` to weigh. A word is
 * chosen when at least a tenth of the corpus's sections in its language use it: what the genre
 * writes everywhere (tense, person, modality, the commonest verbs), not what one essay is about.
 * The labels play no part, so a cross-validation that shares the words among its folds learns
 * nothing from a held-out essay's labels. Where the words do not change, the file is left as it
 * is; where they do, their weights are zero until `train.ts` writes them.
 *
 *   tsx scripts/vocabulary.ts            write the files
 *   tsx scripts/vocabulary.ts --check    exit 1 if they are not the words the corpus gives
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {readCorpus} from '@tsuzuri/corpus'
import {kinds} from '../src/lib/kinds.js'
import {parseWithModel} from '../src/lib/parse-essay.js'
import {splitSentences} from '../src/lib/sentences.js'
import {tokensOf} from '../src/lib/tagger/words.js'
import type {Section} from '../src/lib/types.js'
import {lexiconFile, lexiconSource} from './generated-sources.js'
import {blank, lexicons} from './training.js'

/** The share of a language's sections a word must be used in. */
export const minimumShare = 0.1

/** Each language's words, as the corpus gives them. */
export function chooseWords(): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>()
  const sections = new Map<string, number>()
  for (const {source} of readCorpus()) {
    const {essay, profile} = parseWithModel(source, {}, blank)
    const lang = profile.lexicon.lang
    const count = counts.get(lang) ?? new Map<string, number>()
    counts.set(lang, count)
    const walk = (level: readonly Section[]) => {
      for (const section of level) {
        sections.set(lang, (sections.get(lang) ?? 0) + 1)
        const used = new Set(splitSentences(section.text).flatMap((s) => tokensOf(s, lang)))
        for (const token of used) count.set(token, (count.get(token) ?? 0) + 1)
        walk(section.children)
      }
    }
    walk(essay.sections)
  }
  return new Map(
    [...counts].map(([lang, count]) => {
      const least = minimumShare * (sections.get(lang) ?? 0)
      const words = [...count].filter(([, n]) => n >= least).map(([word]) => word)
      return [lang, words.sort()]
    }),
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const chosen = chooseWords()
  let changed = false
  for (const current of lexicons) {
    const words = chosen.get(current.lang) ?? []
    if (JSON.stringify(words) === JSON.stringify(current.words)) continue
    changed = true
    if (process.argv.includes('--check')) continue
    const weights = kinds.map(() => words.map(() => 0))
    writeFileSync(lexiconFile(current.lang), lexiconSource({lang: current.lang, words, weights}))
    console.log(`${current.lang}: ${words.length} words`)
  }
  if (changed && process.argv.includes('--check')) {
    console.error('The words of the lexicons are not the ones the corpus gives: run `pnpm train`')
    process.exit(1)
  }
}
