import {hasJapanese} from '../lang.js'
import type {PasteContext} from './paste-context.js'
import {
  hasNoWords,
  isProse,
  isTitleLike,
  markOf,
  metadataLine,
  pageWords,
} from './paste-line-shapes.js'

/**
 * The title: the first line, unless it is a heading of the essay's own kind (はじめに, or marked
 * like the headings after it). Undefined when the paste has no title line.
 */
export function findTitle(
  context: PasteContext,
  candidates: ReadonlySet<number>,
): number | undefined {
  const {content, nextOf, text} = context
  const first = content[0]
  if (first === undefined || !titleShaped(context, first) || nextOf.get(first) === undefined)
    return undefined
  // A bracketed tag before a title (【体験談】1歳の息子が…) is not the mark of headings that are
  // wholly bracketed (【あの夜のこと】).
  const mark = markOf(text(first))
  const tagged = bracketTagged(text(first))
  const shared =
    mark !== undefined &&
    [...candidates].some(
      (i) => i !== first && markOf(text(i)) === mark && bracketTagged(text(i)) === tagged,
    )
  return shared ? undefined : first
}

// A Japanese title may end with 。 (弟と、土曜日と、これからのこと。): it is still the title when
// the page's date or metadata stands under it, as no sentence of an essay's opening does; an
// English one with . ! or ? when a byline does (`bylineUnder`).
function titleShaped(context: PasteContext, index: number): boolean {
  const {nextOf, text} = context
  if (isTitleLike(text(index))) return true
  const line = text(index)
  const next = text(nextOf.get(index))
  if (!hasJapanese(line))
    return /[.!?]$/.test(line) && isTitleLike(line.slice(0, -1)) && bylineUnder(context, index)
  return (
    [...line].length <= 60 &&
    isTitleLike(line.replace(/[。．]$/, '')) &&
    next !== '' &&
    (hasNoWords(next) || metadataLine.test(next))
  )
}

/** Whether a line opens with a bracketed tag followed by words of its own (【体験談】1歳の…). */
function bracketTagged(line: string): boolean {
  return /^[【＜〈《][^】＞〉》]+[】＞〉》][\s\u3000]*[^\s\u3000♪！!]/.test(line)
}

/**
 * An English title may be sentences in sentence case (Medium: “We reopened after the fire.
 * Here's what it took.”): it is still the title when the page's byline stands under it, a run of
 * short lines most of which are the page's (an author, Follow, 9 min read, a date, Share), as
 * none stands under an essay's opening sentence.
 */
function bylineUnder(context: PasteContext, index: number): boolean {
  const {nextOf, text} = context
  let lines = 0
  let pageLike = 0
  for (let next = nextOf.get(index); next !== undefined && lines < 8; next = nextOf.get(next)) {
    const line = text(next)
    if (isProse(line)) break
    lines++
    if (pageWords.test(line) || hasNoWords(line) || /\d/.test(line)) pageLike++
  }
  return pageLike >= 2 && pageLike * 2 >= lines
}
