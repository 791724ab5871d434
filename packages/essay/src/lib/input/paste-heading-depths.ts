import {namesHeading} from '../profiles/index.js'
import {isAside, isNumbered, markOf} from './paste-line-shapes.js'

/** A line of a paste, as `readPasteLines` sees it. */
export interface Line {
  raw: string
  text: string
  blank: boolean
}

/**
 * Major headings and subsections. Where some headings are followed by a blank line and others
 * not, the blank line marks the major ones. Otherwise a numbered heading after an unnumbered one
 * is a subsection, and so are the headings after a heading with no text of its own (a group).
 * A table of contents that numbers sub-entries (2.1) gives the levels of the headings it lists;
 * one that skips some headings between those it lists gives the majors.
 * Where the first heading's mark recurs and one other mark is used too (■ majors, ◇ under
 * them), the other mark is the subsections'; where blank lines say nothing and one mark is used,
 * two or more unmarked headings between marked ones are subsections.
 */
export function headingDepths(
  headings: readonly number[],
  lines: readonly Line[],
  text: (index: number) => string,
  nextOf: ReadonlyMap<number, number | undefined>,
  groups: ReadonlyMap<number, number>,
  tocDepth: (index: number) => 2 | 3 | undefined,
  tocEntries: number,
): Map<number, 2 | 3> {
  const depths = new Map<number, 2 | 3>()
  const body = headings.filter((index) => !isAside(text(index)))
  // A table of contents that numbers sub-entries (2.1) gives the writer's own outline. One
  // without them says nothing of levels: contents plugins list the major headings, or all of
  // them flat, or leave the closing out.
  const nested = body.some((index) => tocDepth(index) === 3)
  // One whose every entry is found, and that skips headings between them, lists the majors (a
  // contents plugin set to one level): the headings it skips there are subsections. Where some
  // entries are worded apart from their headings, what it skips says nothing, and neither does
  // leaving out numbered headings alone (その1, Step 2): contents often list all but those.
  const listed = body.filter((index) => tocDepth(index) !== undefined)
  const firstListed = listed[0] ?? -1
  const lastListed = listed.at(-1) ?? -1
  const majorsListed =
    !nested &&
    listed.length === tocEntries &&
    body.some(
      (index) =>
        index > firstListed &&
        index < lastListed &&
        tocDepth(index) === undefined &&
        !isNumbered(text(index)),
    )
  const blankAfter = body.filter((index) => lines[index + 1]?.blank)
  const blankMarksMajor = blankAfter.length > 0 && blankAfter.length < body.length
  // Platforms drop some blank lines: a heading marked as the ones with a blank line after them
  // are (【…】 each) is one of them, without it too.
  const majorMarks = new Set(blankAfter.map((index) => markOf(text(index)) ?? ''))
  majorMarks.delete('')
  // Where paragraphs follow each other without blank lines, a blank line after every heading,
  // numbered ones included, makes them all majors (a listicle).
  const blankAfterAll =
    body.length >= 3 &&
    blankAfter.length === body.length &&
    !blankBetweenParagraphs(lines, headings)
  // Numbered headings (その1, Step 2) keep their own rules: they are no third mark.
  const minorMark = subsectionMark(
    body.filter((index) => !isNumbered(text(index))).map((index) => markOf(text(index))),
  )
  const markAt = (index: number) => {
    const line = text(index)
    return isNumbered(line) ? 'numbered' : (markOf(line) ?? 'none')
  }
  const unmarkedMinors = unmarkedSubsections(body, markAt)
  const markedMinors = markedSubsections(body, markAt)
  const leadsNumbered = (index: number) => {
    const next = nextOf.get(index)
    return (
      next !== undefined &&
      headings.includes(next) &&
      isNumbered(text(next)) &&
      !isNumbered(text(index))
    )
  }
  let seenMajor = false
  let previousNumbered = false
  let previousDepth: 2 | 3 = 2
  let group = false
  let groupMark: string | undefined
  let seriesEnd = -1
  for (const [order, index] of headings.entries()) {
    const line = text(index)
    const listedDepth = nested || majorsListed ? tocDepth(index) : undefined
    let depth: 2 | 3 = 2
    if (isAside(line)) depth = 2
    else if (listedDepth !== undefined) depth = listedDepth
    else if (majorsListed && index > firstListed && index < lastListed) depth = 3
    else if (index <= seriesEnd) depth = 3
    // Marks are the writer's choice, blank lines the platform's: where the marks give two levels,
    // a major heading without a blank line after it is still major.
    else if (minorMark !== undefined && !isNumbered(line))
      depth = seenMajor && markOf(line) === minorMark ? 3 : 2
    // A heading with no text of its own over numbered headings is theirs, and major: blank
    // lines are rare right before a numbered heading (`What I would tell anyone`, then `1. …`).
    else if (blankMarksMajor)
      depth =
        lines[index + 1]?.blank ||
        !seenMajor ||
        majorMarks.has(markOf(line) ?? '') ||
        leadsNumbered(index)
          ? 2
          : 3
    // Without blank lines to go by, two or more unmarked headings between marked ones are theirs.
    else if (unmarkedMinors && !isNumbered(line)) depth = unmarkedMinors.has(index) ? 3 : 2
    else if (markedMinors && !isNumbered(line)) depth = markedMinors.has(index) ? 3 : 2
    else if (isNumbered(line) && seenMajor && !previousNumbered && !blankAfterAll) depth = 3
    else if (isNumbered(line) && previousNumbered && previousDepth === 3) depth = 3
    // A heading marked like the group's own (◆ over ● episodes, then ◆ again) is its sibling.
    else if (
      group &&
      !namesHeading(line) &&
      !(groupMark !== undefined && markOf(line) === groupMark)
    )
      depth = 3
    const end = groups.get(index)
    if (end !== undefined) {
      seriesEnd = end
      seenMajor = true
      depths.set(index, 2)
      previousNumbered = false
      previousDepth = 2
      group = false
      continue
    }
    if (depth === 2) {
      seenMajor = true
      // A heading straight followed by another heading groups the ones after it (体験談 → its
      // episodes), until one names a kind of its own.
      const next = headings[order + 1]
      group =
        !blankMarksMajor &&
        next !== undefined &&
        nextOf.get(index) === next &&
        !isNumbered(text(next))
      groupMark = markOf(line)
    }
    previousNumbered = isNumbered(line)
    previousDepth = depth
    depths.set(index, depth)
  }
  return depths
}

/**
 * The mark a writer keeps for subsections: the first heading's mark is the majors' when it
 * recurs, and a single other mark, used after a major, is the subsections' when it recurs too
 * or a major follows it. Undefined when the marks say nothing of levels (one mark, none, several
 * others, or one last heading marked apart, as closings often are: 🌸 同じ病棟にいるあなたへ).
 */
function subsectionMark(marks: readonly (string | undefined)[]): string | undefined {
  const major = marks[0]
  if (major === undefined || marks.filter((mark) => mark === major).length < 2) return undefined
  const others = new Set(marks.filter((mark) => mark !== major))
  if (others.size !== 1) return undefined
  const [minor] = others
  const first = marks.indexOf(minor)
  const recurs = marks.indexOf(minor, first + 1) !== -1
  return recurs || marks.indexOf(major, first) !== -1 ? minor : undefined
}

/**
 * Where every marked heading has the same mark (🐔, 【…】) and two or more unmarked headings
 * stand between two of them, the marked ones are the majors and those unmarked ones their
 * subsections (the episodes of a story). One unmarked heading alone between two majors is
 * more often a major the writer did not mark, and unmarked headings before the first marked one
 * or after the last stay major: an opening, or a closing set apart (ぴーちゃん、おかえり♪).
 * Numbered headings keep their own rules. Undefined when the marks say nothing of levels.
 */
function unmarkedSubsections(
  body: readonly number[],
  markAt: (index: number) => string,
): Set<number> | undefined {
  const marks = body.map(markAt)
  const defined = new Set(marks.filter((mark) => mark !== 'none' && mark !== 'numbered'))
  if (defined.size !== 1) return undefined
  const found = new Set<number>()
  let run: number[] | undefined
  for (const [order, index] of body.entries()) {
    const mark = marks[order]
    if (mark === 'numbered') continue
    if (mark === 'none') {
      run?.push(index)
      continue
    }
    if (run && run.length >= 2) for (const minor of run) found.add(minor)
    run = []
  }
  return found.size > 0 ? found : undefined
}

/**
 * The other way round: where the writer's majors are unmarked (two or more unmarked headings
 * before the first marked one) and one mark is used, marked headings standing between two
 * unmarked ones are their subsections (▼ 救急外来で under 七月の夕方、電話が鳴った). One
 * unmarked heading before the marked ones is an opening, and marked headings after the last
 * unmarked one stay major. Undefined when the marks say nothing of levels.
 */
function markedSubsections(
  body: readonly number[],
  markAt: (index: number) => string,
): Set<number> | undefined {
  const marks = body.map(markAt)
  const defined = new Set(marks.filter((mark) => mark !== 'none' && mark !== 'numbered'))
  if (defined.size !== 1) return undefined
  const firstMarked = marks.findIndex((mark) => mark !== 'none' && mark !== 'numbered')
  if (marks.slice(0, firstMarked).filter((mark) => mark === 'none').length < 2) return undefined
  const found = new Set<number>()
  let run: number[] = []
  for (const [order, index] of body.entries()) {
    const mark = marks[order]
    if (mark === 'numbered') continue
    if (mark === 'none') {
      for (const minor of run) found.add(minor)
      run = []
    } else run.push(index)
  }
  return found.size > 0 ? found : undefined
}

/** Whether most paragraphs of the paste are followed by a blank line (a copy of Markdown). */
function blankBetweenParagraphs(lines: readonly Line[], headings: readonly number[]): boolean {
  const isHeading = new Set(headings)
  let paragraphs = 0
  let spaced = 0
  for (const [index, line] of lines.entries()) {
    if (line.blank || isHeading.has(index)) continue
    paragraphs++
    if (lines[index + 1]?.blank) spaced++
  }
  return spaced * 2 > paragraphs
}
