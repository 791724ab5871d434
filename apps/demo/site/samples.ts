import {existsSync, readdirSync, readFileSync} from 'node:fs'
import * as path from 'node:path'
import type {Essay} from '@tsuzuri/essay'
import {loadParser} from './parser.js'
import {corpusRoot} from './paths.js'

/** A sample essay from `@tsuzuri/corpus`. */
export interface Sample {
  /** File name in `packages/corpus/essays/`, also its name under `samples/` on the site. */
  file: string
  /** The essay as the author wrote it. */
  text: string
  title: string
  lang: string
  /** `markdown` or `text` (pasted plain text), from the extension. */
  format: 'markdown' | 'text'
  essay: Essay
}

/**
 * The essays the home page features first, in this order: a Japanese and an English one that show
 * every common kind, then the same Japanese essay as pasted plain text. Essays the corpus does
 * not have are skipped; the rest of the corpus follows.
 */
const featured = [
  'mommy-track.md',
  'smaller-desk.md',
  'caring-for-mom.md',
  'tenshoku-eigyo-kara.md',
  'mommy-track-plain.txt',
]

export const essaysDir = path.join(corpusRoot, 'essays')

/** Every essay of the corpus, featured ones first, parsed by `@tsuzuri/essay`. */
export async function loadSamples(): Promise<Sample[]> {
  if (!existsSync(essaysDir)) return []
  const {parseEssay} = await loadParser()
  const files = readdirSync(essaysDir)
    .filter((file) => /\.(?:md|txt)$/.test(file))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  return files.map((file) => {
    const text = readFileSync(path.join(essaysDir, file), 'utf8')
    const format = file.endsWith('.txt') ? 'text' : 'markdown'
    const essay = parseEssay(text, {format})
    return {
      file,
      text,
      title: essay.title ?? titleFromFile(file),
      lang: essay.lang,
      format,
      essay,
    }
  })
}

/** `caring-for-mom.md` → “Caring for mom”, for essays with neither an H1 nor a `title`. */
function titleFromFile(file: string): string {
  const words = file.replace(/\.[^.]+$/, '').replaceAll('-', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function rank(file: string): number {
  const index = featured.indexOf(file)
  return index === -1 ? featured.length : index
}

/** The samples the home page offers: the featured ones that exist, or the first few. */
export function homeSamples(samples: readonly Sample[]): Sample[] {
  const chosen = samples.filter((sample) => featured.includes(sample.file))
  return chosen.length >= 2 ? chosen : samples.slice(0, 4)
}
