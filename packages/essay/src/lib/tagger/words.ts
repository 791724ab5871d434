/**
 * The words a section uses, as features whose weights are fitted like the others. The cue
 * patterns of the profiles are what a person wrote down; these are what the corpus shows: each
 * language's common words (`felt`, `would`, `had`; `まし`, `思っ`, `でし`), chosen by how many
 * of the corpus's sections use them, not by their labels, and weighed by the fit. They tell
 * apart what the cues find hard: a feeling told in the past tense from an event, and the years
 * before the story from the story.
 */
import type {Lexicon} from '../profiles/profile.js'

/**
 * Kana (U+3041–U+30FF) and the CJK unified ideographs: what Japanese words are made of. Not
 * `lang.ts`'s test of Japanese text (its scripts leave out `ー`, which is part of words), and a
 * range test, as it runs on every character of every sentence.
 */
function isJapaneseLetter(code: number) {
  return (code >= 0x3041 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff)
}

/** Each pair of adjacent Japanese letters of `sentence`: its two codes and where it starts. */
function forEachPair(sentence: string, visit: (first: number, second: number, at: number) => void) {
  let previous = 0
  for (let index = 0; index < sentence.length; index++) {
    const code = sentence.charCodeAt(index)
    if (!isJapaneseLetter(code)) {
      previous = 0
      continue
    }
    if (previous !== 0) visit(previous, code, index - 1)
    previous = code
  }
}

/**
 * The tokens of a sentence: lower-case words in English (an apostrophe inside a word kept, typed
 * or typographic), and in Japanese, which has no spaces, every pair of adjacent kana or kanji,
 * which catches endings (`まし`, `った`) and common words (`自分`, `仕事`) alike.
 */
export function tokensOf(sentence: string, lang: string): string[] {
  if (lang !== 'ja')
    return (
      sentence
        .replace(/’/g, "'")
        .toLowerCase()
        .match(/[a-z]+(?:'[a-z]+)?/g) ?? []
    )
  const tokens: string[] = []
  forEachPair(sentence, (_, __, at) => tokens.push(sentence.slice(at, at + 2)))
  return tokens
}

/**
 * For each word of `lexicon`, the share of `sentences` that use it, smoothed as the other body
 * rates are (one sentence out of one is not “all of them”). The same tokens as `tokensOf`, found
 * without making a string per pair of Japanese letters: this runs on every sentence.
 */
export function wordRates(sentences: readonly string[], lexicon: Lexicon): Float64Array {
  const values = new Float64Array(lexicon.words.length)
  // The last sentence each word was counted in: a word counts once per sentence.
  const seen = new Int32Array(lexicon.words.length).fill(-1)
  const count = (index: number | undefined, sentence: number) => {
    if (index === undefined || seen[index] === sentence) return
    seen[index] = sentence
    values[index] = (values[index] ?? 0) + 1
  }
  if (lexicon.lang === 'ja') {
    const pairs = pairIndexes(lexicon)
    for (const [order, sentence] of sentences.entries()) {
      forEachPair(sentence, (first, second) => count(pairs.get(first * 0x10000 + second), order))
    }
  } else {
    const words = wordIndexes(lexicon)
    for (const [order, sentence] of sentences.entries()) {
      for (const token of tokensOf(sentence, lexicon.lang)) count(words.get(token), order)
    }
  }
  for (let index = 0; index < values.length; index++)
    values[index] = (values[index] ?? 0) / (sentences.length + 1)
  return values
}

const wordCache = new WeakMap<Lexicon, Map<string, number>>()
const pairCache = new WeakMap<Lexicon, Map<number, number>>()

function wordIndexes(lexicon: Lexicon) {
  let map = wordCache.get(lexicon)
  if (!map) {
    map = new Map(lexicon.words.map((word, index) => [word, index]))
    wordCache.set(lexicon, map)
  }
  return map
}

/** Each pair of letters as one number (first × 65536 + second). */
function pairIndexes(lexicon: Lexicon) {
  let map = pairCache.get(lexicon)
  if (!map) {
    map = new Map(
      lexicon.words.map((pair, index) => [
        pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1),
        index,
      ]),
    )
    pairCache.set(lexicon, map)
  }
  return map
}
