/** Default longest short text, in UTF-16 code units, `…` included. */
export const defaultMaxTextLength = 140

const ellipsis = '…'
const pauses = new Set([' ', '、', '。', '，', '．', '！', '？'])
// Not `Intl.Segmenter` for words: it grows faster than linearly on long Japanese runs, and only
// a grapheme boundary near the cut is needed.
const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'})

/**
 * `text` on one line (runs of white space made one space), cut to at most `max` code units
 * with `…` at the end when longer. The cut falls between grapheme clusters (never inside an
 * emoji or a letter and its accent), at the last space, Japanese comma or stop (`、` `。`) when
 * there is one in the last 40 % kept, else after any character; spaces, commas, stops and
 * opening brackets before it are dropped.
 */
export function shortText(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= max) return line
  const budget = max - ellipsis.length
  // The start of the grapheme the budget falls in, seen with a little of what follows it.
  // `containing` finds it without walking every grapheme before it (eight times faster,
  // measured: the walk was the largest part of `tsuzuri index` after parsing).
  let cut = graphemes.segment(line.slice(0, budget + 16)).containing(budget)?.index ?? budget
  // The last space or Japanese comma or stop, when it leaves most of the text.
  let pause = cut
  while (pause > budget * 0.6 && !pauses.has(line.charAt(pause))) pause--
  if (pause > budget * 0.6) cut = pause
  // Spaces, commas, full stops and opening brackets would only dangle before the `…`.
  const kept = line.slice(0, cut).replace(/[\s\p{Po}\p{Pd}\p{Ps}]+$/u, '')
  return kept + ellipsis
}
