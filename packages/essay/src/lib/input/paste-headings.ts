import {hasJapanese} from '../lang.js'
import {numberingStyle} from '../numbering.js'
import {matchKind, namesHeading} from '../profiles/index.js'
import type {PasteContext} from './paste-context.js'
import {
  hasNoWords,
  isAside,
  isNumbered,
  isProse,
  isShort,
  markOf,
  politeEnd,
  sentenceEnd,
  signature,
  tocHeader,
  withoutMarks,
} from './paste-line-shapes.js'

/** What the phases before choosing the headings found: the lines that may be headings, and not. */
export interface HeadingReading {
  readonly candidates: ReadonlySet<number>
  readonly title: number | undefined
  readonly noise: ReadonlySet<number>
  readonly toc: ReadonlySet<number>
  tocDepth(index: number): 2 | 3 | undefined
}

/** The lines of text shaped like a heading: short, not a sentence, not a bullet, not the last. */
export function headingCandidates(context: PasteContext): Set<number> {
  const {bulletAt, nextOf, text} = context
  const isCandidate = (index: number) => {
    const line = text(index)
    if (isAside(line)) return true
    if (bulletAt(index) || !isShort(line) || hasNoWords(line) || signature.test(line)) return false
    // A line that is a quotation is dialogue (「ただいま」), unless a mark says it is a heading;
    // one that ends on a quotation (課長の「よかれと思って」) may be a heading.
    const quoted = /[」』)）]$/.test(line)
    if (sentenceEnd.test(line) && !(quoted && (markOf(line) || !/^[「『(（]/.test(line))))
      return false
    if (politeEnd.test(line) && !markOf(line) && !isNumbered(line)) return false
    if (tocHeader.test(line)) return false
    if (nextOf.get(index) === undefined) return false
    return true
  }
  return new Set(context.content.filter((index) => isCandidate(index)))
}

/**
 * Which candidates are headings: a heading introduces something, so a short line followed by
 * another short line (a poem, an address, a list without marks) is one only when it is marked,
 * names a kind, leads into a numbered or marked heading, or stands before a blank line.
 * Where the blogger marks headings (■, 🌸, ＜…＞ on two lines or more), an unmarked short line
 * just before a marked heading is the last line of prose (“さみしいものはさみしい😭”), not a
 * heading of a group.
 */
export function chooseHeadings(context: PasteContext, reading: HeadingReading): number[] {
  const {candidates, title, noise, toc, tocDepth} = reading
  const markCounts = new Map<string, number>()
  for (const index of candidates) {
    const mark = markOf(context.text(index))
    if (mark !== undefined) markCounts.set(mark, (markCounts.get(mark) ?? 0) + 1)
  }
  const marksHeadings = [...markCounts.values()].some((count) => count >= 2)
  const headings: number[] = []
  let inAsides = false
  let asideText = ''
  for (const index of context.content) {
    if (index === title || noise.has(index) || toc.has(index)) continue
    const line = context.text(index)
    if (candidates.has(index) && isAside(line) && headings.length > 0) {
      const partOfAside = withinAside(context, index, headings, asideText)
      if (!(inAsides && partOfAside)) {
        inAsides = true
        asideText = ''
        headings.push(index)
      }
    }
    if (inAsides) {
      asideText += `${line.toLowerCase()}\n`
      continue
    }
    // A line the table of contents lists is a heading, even one that reads like a line of dialogue
    // (「私のせい？」).
    if (tocDepth(index) !== undefined) {
      headings.push(index)
      continue
    }
    if (candidates.has(index) && leadsIn(context, index, reading, marksHeadings))
      headings.push(index)
  }
  return headings
}

/** Whether an aside's name in an aside is part of it (a button, a counter) rather than a new one. */
function withinAside(
  context: PasteContext,
  index: number,
  headings: readonly number[],
  asideText: string,
): boolean {
  const {lines} = context
  const line = context.text(index)
  // A button that repeats the aside it stands in (“Subscribe” under “Sign up for more…
  // Subscribe to get…”) is part of it, not a new one.
  const word = matchKind('other', withoutMarks(line))?.[0].toLowerCase() ?? ''
  // A lone button or form field (“Subscribe”, “Comment *”, “Share”) is part of the aside it
  // stands in, unless a blank line sets it apart; a lone name of a block (WordPress's
  // “Related” under “Share this:”) starts a new one.
  const button =
    /^\W*(?:subscribe|follow|share|comments?|edit|reply)\W*$/i.test(line) &&
    lines[index - 1]?.blank !== true
  // A row of an aside's counters, one per line (Ameblo's “いいね！した人｜コメント(6)” then
  // “リブログ(0)”, “Comments (3)”): a counter right under an aside's name, with no text
  // between, is part of it.
  const row =
    headings.at(-1) === index - 1 &&
    lines[index - 1]?.blank !== true &&
    /[(（][0-9０-９]+[)）]\s*$/.test(line)
  return button || row || (word !== '' && asideText.includes(word))
}

/** Whether a candidate introduces what follows it, and is not an item of a numbered list. */
function leadsIn(
  context: PasteContext,
  index: number,
  reading: HeadingReading,
  marksHeadings: boolean,
): boolean {
  const {candidates, toc} = reading
  const {nextOf, previousOf, text, followedByBlank} = context
  const line = text(index)
  const next = nextOf.get(index)
  const nextLine = text(next)
  const leads =
    isProse(nextLine) ||
    markOf(line) !== undefined ||
    namesHeading(line) ||
    followedByBlank(index) ||
    (next !== undefined &&
      candidates.has(next) &&
      (isNumbered(nextLine) || (markOf(nextLine) !== undefined && !marksHeadings)))
  // A numbered line next to another numbered line is a list, not a run of empty headings.
  const previous = previousOf.get(index)
  const style = isNumbered(line) ? numberingStyle(line) : undefined
  const numberedRun =
    style !== undefined &&
    (numberingStyle(nextLine) === style ||
      (previous !== undefined && !toc.has(previous) && numberingStyle(text(previous)) === style))
  return leads && !numberedRun
}

/**
 * A heading with no text of its own over a series of headings worded alike (“Three phone
 * calls”, then “The first call” … “The third call”): it is a heading too, and groups the
 * headings up to the last of the series. Inserts the group's heading into `headings` and
 * gives the last heading of the series it groups.
 */
export function groupSeries(
  context: PasteContext,
  reading: HeadingReading,
  headings: number[],
): Map<number, number> {
  const {previousOf, text} = context
  const groups = new Map<number, number>()
  const accepted = new Set(headings)
  for (const [order, child] of headings.entries()) {
    const group = previousOf.get(child)
    if (
      group === undefined ||
      accepted.has(group) ||
      !reading.candidates.has(group) ||
      reading.noise.has(group) ||
      reading.toc.has(group) ||
      group === reading.title ||
      markOf(text(group)) !== undefined ||
      /[.,;:!?。、，！？]$/.test(text(group)) ||
      isAside(text(child))
    )
      continue
    const series = seriesKey(text(child))
    if (series === undefined) continue
    const last = headings
      .slice(order + 1)
      .filter((index) => !isAside(text(index)) && seriesKey(text(index)) === series)
      .at(-1)
    if (last === undefined) continue
    groups.set(group, last)
    headings.splice(order, 0, group)
    break
  }
  return groups
}

/**
 * What headings of one series share (“The first call”, “The third call”: `the … call`): their
 * first and last words, for English headings of two words or more.
 */
function seriesKey(heading: string): string | undefined {
  if (hasJapanese(heading)) return undefined
  const words = heading.toLowerCase().split(/\s+/)
  return words.length >= 2 ? `${words[0]} … ${words.at(-1)}` : undefined
}
