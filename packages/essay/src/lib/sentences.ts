/**
 * Sentences, cut the same way for the tagger's features and for strategy items, in every
 * language: a sentence ends at 。！？, at . ! ? before a space or the end of the text, and at a
 * line break. A mark inside quotes or brackets ends nothing (毎朝「今日はどうする？」と聞く,
 * “Why me?” she asked), so a quoted question does not split the sentence that quotes it.
 */

/** Longest run of text a cue is tested on: keeps every regex linear on pathological input. */
export const maxSentence = 400

const opening = new Set(['「', '『', '“', '（', '('])
const closing = new Set(['」', '』', '”', '）', ')'])

/**
 * Index just past the first sentence end in `text[from, to)`, or -1. A mark at `from` ends
 * nothing (a line that opens with `!` is not an empty sentence).
 */
function sentenceEnd(text: string, from: number, to: number): number {
  let quoted = 0
  for (let index = from; index < to; index++) {
    const char = text[index] as string
    if (opening.has(char)) quoted++
    else if (closing.has(char)) quoted = Math.max(0, quoted - 1)
    if (quoted > 0 || index === from) continue
    if (char === '。' || char === '！' || char === '？') return index + 1
    if (
      (char === '.' || char === '!' || char === '?') &&
      (index + 1 === text.length || /\s/.test(text[index + 1] as string))
    )
      return index + 1
  }
  return -1
}

/**
 * The trimmed sentences of `text`, pieces shorter than two characters dropped; a sentence longer
 * than `maxSentence` is cut into pieces of that length.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  for (const line of text.split('\n')) {
    let start = 0
    while (start < line.length) {
      const end = sentenceEnd(line, start, line.length)
      const stop = end === -1 ? line.length : end
      const sentence = line.slice(start, stop).trim()
      for (let cut = 0; cut < sentence.length && sentence.length >= 2; cut += maxSentence) {
        sentences.push(sentence.slice(cut, cut + maxSentence))
      }
      start = stop
    }
  }
  return sentences
}

/**
 * The first sentence of `text` and the trimmed rest. Line breaks are spaces here (a soft break
 * wraps a sentence). Without a sentence end in the first `limit` characters, or with nothing
 * after it, the whole text is the sentence.
 */
export function firstSentence(
  text: string,
  limit: number = maxSentence,
): {sentence: string; rest: string} {
  const end = sentenceEnd(text, 0, Math.min(text.length, limit))
  const rest = end === -1 ? '' : text.slice(end).trim()
  return rest === '' ? {sentence: text, rest: ''} : {sentence: text.slice(0, end), rest}
}
