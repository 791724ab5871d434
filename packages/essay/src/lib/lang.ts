/** The scripts Japanese is written in, for a character class of a `u` regular expression. */
export const japaneseScripts = '\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}'

const japaneseCharacter = new RegExp(`[${japaneseScripts}]`, 'u')
const japaneseEnd = new RegExp(`[${japaneseScripts}]$`, 'u')
const latinLetter = /[A-Za-z]/

/**
 * Guess the essay's language from its letters: Japanese when kana or kanji make up a real share
 * of them (Japanese prose is full of Latin brand names and numbers), English otherwise.
 */
export function detectLang(text: string): 'ja' | 'en' {
  let japanese = 0
  let latin = 0
  // URLs and link targets are Latin whatever language the essay is in.
  const sample = (text.length > 20_000 ? text.slice(0, 20_000) : text).replace(
    /https?:\/\/[^\s)>]{1,2000}|\]\([^)\s]{0,2000}\)/g,
    ' ',
  )
  for (const char of sample) {
    if (japaneseCharacter.test(char)) japanese++
    else if (latinLetter.test(char)) latin++
  }
  // One kanji carries about as much as a short English word.
  return japanese * 3 >= latin && japanese > 0 ? 'ja' : 'en'
}

/** Whether `text` has any kana or kanji: how a line, title or heading tells its script. */
export function hasJapanese(text: string): boolean {
  return japaneseCharacter.test(text)
}

/** Whether `text` ends with kana or kanji: lines of it join without a space. */
export function endsInJapanese(text: string): boolean {
  return japaneseEnd.test(text)
}
