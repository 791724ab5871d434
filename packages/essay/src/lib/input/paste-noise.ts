import {hasJapanese} from '../lang.js'
import {namedKind, namesHeading} from '../profiles/index.js'
import type {PasteContext} from './paste-context.js'
import {
  categoryList,
  endsSentence,
  hasNoWords,
  isProse,
  isShort,
  isTagLine,
  markOf,
  metadataLine,
  pageWords,
  tocHeader,
} from './paste-line-shapes.js'

/**
 * Paste noise: between the title and the first line of prose, nothing is a heading unless it
 * is marked or names a kind (a date, a byline, “Follow”, “7 min read”, スポンサーリンク). Empty
 * when the paste has no title.
 */
export function pasteNoise(
  context: PasteContext,
  title: number | undefined,
  candidates: ReadonlySet<number>,
): Set<number> {
  const noise = new Set<number>()
  if (title === undefined) return noise
  for (const index of noiseBeforeProse(context, opensEssay(context, candidates))) noise.add(index)
  for (const index of bylineUnderSubtitle(context, title, noise)) noise.add(index)
  return noise
}

/**
 * A heading, not a byline: it names nothing of the page (no digits, no “by”, “Follow”, “min
 * read”, スポンサーリンク), and it either stands before a blank line as the essay's major
 * headings do, or reads as an English phrase in sentence case, not a name in title case.
 */
function opensEssay(
  context: PasteContext,
  candidates: ReadonlySet<number>,
): (line: string, index: number) => boolean {
  const {content, followedByBlank} = context
  const first = content[0]
  const blankAfterHeadings = [...candidates].some(
    (index) => index !== first && followedByBlank(index),
  )
  return (line, index) => {
    if (/\d/.test(line) || pageWords.test(line) || isTagLine(line)) return false
    if (followedByBlank(index)) return blankAfterHeadings
    const words = line.split(/\s+/)
    return (
      !hasJapanese(line) &&
      words.length >= 2 &&
      words.slice(1).some((word) => /^[a-z]/.test(word)) &&
      !/[.,;:!?·|]$/.test(line)
    )
  }
}

/** The lines after the title up to the first that is the essay's: prose, or a heading. */
function noiseBeforeProse(
  context: PasteContext,
  opens: (line: string, index: number) => boolean,
): number[] {
  const {content, nextOf, text} = context
  const noise: number[] = []
  for (let order = 1; order < content.length; order++) {
    const index = content[order] as number
    const line = text(index)
    const kind = namedKind(line)
    const marked = markOf(line) !== undefined && !hasNoWords(line)
    if (metadataLine.test(line) || categoryList.test(line) || isTagLine(line)) {
      noise.push(index)
      continue
    }
    // A line that names a kind but stands before more of the page (`体験談 SNS`, then
    // スポンサーリンク) is the post's categories: a heading is followed by its text.
    const next = text(nextOf.get(index))
    const pageFollows = isShort(next) && !endsSentence(next) && pageWords.test(next)
    const named =
      (kind !== undefined && kind !== 'other') || (kind === undefined && namesHeading(line))
    if (endsSentence(line) || marked || (named && !pageFollows)) break
    // The essay's first heading may stand right under the title (“How it ended”, then prose).
    if (opens(line, index) && endsSentence(text(nextOf.get(index)))) break
    noise.push(index)
  }
  return noise
}

/**
 * A subtitle that is a whole sentence may come before the byline (Medium: subtitle, author,
 * Follow, 7 min read, ·, date, Listen, Share): a run of short lines right after it, most of
 * them the page's words, is noise too.
 */
function bylineUnderSubtitle(
  context: PasteContext,
  title: number,
  noise: ReadonlySet<number>,
): number[] {
  const {nextOf, text} = context
  const subtitle = nextOf.get(title)
  const run: number[] = []
  for (
    let next = subtitle !== undefined && !noise.has(subtitle) ? nextOf.get(subtitle) : undefined;
    next !== undefined;
    next = nextOf.get(next)
  ) {
    const line = text(next)
    if (isProse(line) || tocHeader.test(line) || markOf(line) || namesHeading(line)) break
    run.push(next)
  }
  const pageLike = run.filter((index) => {
    const line = text(index)
    return pageWords.test(line) || hasNoWords(line) || /\d/.test(line)
  })
  return run.length >= 3 && pageLike.length * 5 >= run.length * 3 ? run : []
}
