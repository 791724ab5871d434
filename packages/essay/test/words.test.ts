import {readCorpus} from '@tsuzuri/corpus'
import {describe, expect, it} from 'vitest'
import {english} from '../src/lib/profiles/en.js'
import {japanese} from '../src/lib/profiles/ja.js'
import type {Lexicon} from '../src/lib/profiles/profile.js'
import {splitSentences} from '../src/lib/sentences.js'
import {tokensOf, wordRates} from '../src/lib/tagger/words.js'

/** The rates by their definition: each sentence's tokens, each word counted once a sentence. */
function byDefinition(sentences: readonly string[], lexicon: Lexicon) {
  return lexicon.words.map(
    (word) =>
      sentences.filter((sentence) => tokensOf(sentence, lexicon.lang).includes(word)).length /
      (sentences.length + 1),
  )
}

describe('the words of a section', () => {
  it('tokenizes English into lower-case words, apostrophes kept, typed or typographic', () => {
    expect(tokensOf("I didn’t call. Mum DIDN'T either, 3 times!", 'en')).toEqual([
      'i',
      "didn't",
      'call',
      'mum',
      "didn't",
      'either',
      'times',
    ])
  })

  it('tokenizes Japanese into pairs of adjacent kana or kanji, across no punctuation', () => {
    expect(tokensOf('悔しかった。ABC、思った', 'ja')).toEqual([
      '悔し',
      'しか',
      'かっ',
      'った',
      '思っ',
      'った',
    ])
  })

  it('counts each word once per sentence, as a share of the sentences, smoothed', () => {
    const lexicon: Lexicon = {lang: 'en', words: ['felt', 'i'], weights: []}
    const rates = wordRates(['I felt it, I felt it.', 'Then I left.', 'Nothing.'], lexicon)
    expect([...rates]).toEqual([1 / 4, 2 / 4])
  })

  it('gives the rates the tokens define, on every essay of the corpus', () => {
    const lexicons = {en: english.lexicon, ja: japanese.lexicon}
    expect(lexicons.en.words.length).toBeGreaterThan(0)
    expect(lexicons.ja.words.length).toBeGreaterThan(0)
    for (const {source, expected} of readCorpus()) {
      const lexicon = expected.lang === 'ja' ? lexicons.ja : lexicons.en
      const sentences = splitSentences(source)
      expect([...wordRates(sentences, lexicon)]).toEqual(byDefinition(sentences, lexicon))
    }
  })
})
