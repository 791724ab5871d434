import {hasJapanese} from '../lang.js'
import {numberingStyle} from '../numbering.js'
import {tagComment} from '../outline/outline.js'
import {matchKind, namedKind, namesHeading} from '../profiles/index.js'
import {headingDepths, type Line} from './paste-heading-depths.js'
import {
  bulletMark,
  categoryList,
  coreOf,
  endsSentence,
  hasNoWords,
  isAside,
  isNumbered,
  isProse,
  isShort,
  isTagLine,
  isTitleLike,
  listOnlyMark,
  markOf,
  metadataLine,
  pageWords,
  politeEnd,
  sentenceEnd,
  signature,
  tocHeader,
  withoutMarks,
} from './paste-line-shapes.js'
import {tableOfContents, tocNumbering} from './paste-toc.js'

/**
 * How a reader sees the lines of a post copied from a blog page: one paragraph per line, blank
 * lines rare and meaningful (a major heading is often followed by one, a subsection's heading by
 * none), a title line first with paste noise after it (date, byline, share buttons), maybe a
 * table of contents, headings marked the way bloggers type them (■ 【…】 ＜…＞ 第1章 🌸), and
 * trailing blocks that are not the essay (related posts, the author's bio, comment notices).
 */

export type LineRole =
  | {type: 'blank'}
  | {type: 'tag'}
  | {type: 'title'}
  | {type: 'heading'; depth: 2 | 3}
  | {type: 'bullet'; ordered: boolean; marker: string}
  | {type: 'text'}

/** Give every line of `value` its role. */
export function readPasteLines(value: string): LineRole[] {
  const lines: Line[] = value.split(/\r?\n|\r/).map((raw) => {
    const text = raw.trim()
    return {raw, text, blank: text === ''}
  })
  const roles: LineRole[] = lines.map((line) =>
    line.blank ? {type: 'blank'} : tagComment.test(line.text) ? {type: 'tag'} : {type: 'text'},
  )
  const content = lines.flatMap((_, index) => (roles[index]?.type === 'text' ? [index] : []))
  const nextOf = new Map<number, number | undefined>()
  const previousOf = new Map<number, number | undefined>()
  content.forEach((index, order) => {
    nextOf.set(index, content[order + 1])
    previousOf.set(index, content[order - 1])
  })
  const text = (index: number | undefined) =>
    index === undefined ? '' : (lines[index]?.text ?? '')
  const followedByBlank = (index: number) => lines[index + 1]?.blank === true

  // Bullets: a list-only mark, or a mark shared with the line before or after (a run of ● lines).
  const bulletAt = (index: number) => {
    const line = text(index)
    const marker = bulletMark.exec(line)
    if (!marker || line.length <= marker[0].length) return undefined
    const family = marker[0].trim().replace(/\d+/, '1')
    const same = (other: number | undefined) =>
      other !== undefined && bulletMark.exec(text(other))?.[0].trim().replace(/\d+/, '1') === family
    const run = same(previousOf.get(index)) || same(nextOf.get(index))
    if (listOnlyMark.test(line) || run) return {ordered: /^\d/.test(family), marker: family}
    return undefined
  }

  const first = content[0]
  const headingCandidates = new Set<number>()
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
  for (const index of content) if (isCandidate(index)) headingCandidates.add(index)

  // A Japanese title may end with 。 (弟と、土曜日と、これからのこと。): it is still the title when
  // the page's date or metadata stands under it, as no sentence of an essay's opening does.
  const titleShaped = (index: number) => {
    if (isTitleLike(text(index))) return true
    const line = text(index)
    const next = text(nextOf.get(index))
    return (
      hasJapanese(line) &&
      [...line].length <= 60 &&
      isTitleLike(line.replace(/[。．]$/, '')) &&
      next !== '' &&
      (hasNoWords(next) || metadataLine.test(next))
    )
  }

  // The title: the first line, unless it is a heading of the essay's own kind (はじめに, or marked
  // like the headings after it). A bracketed tag before a title (【体験談】1歳の息子が…) is not
  // the mark of headings that are wholly bracketed (【あの夜のこと】).
  let titleIndex: number | undefined
  if (first !== undefined && titleShaped(first) && nextOf.get(first) !== undefined) {
    const mark = markOf(text(first))
    const tagged = bracketTagged(text(first))
    const shared =
      mark !== undefined &&
      [...headingCandidates].some(
        (i) => i !== first && markOf(text(i)) === mark && bracketTagged(text(i)) === tagged,
      )
    if (!shared) titleIndex = first
  }

  // A heading, not a byline: it names nothing of the page (no digits, no “by”, “Follow”, “min
  // read”, スポンサーリンク), and it either stands before a blank line as the essay's major
  // headings do, or reads as an English phrase in sentence case, not a name in title case.
  const blankAfterHeadings = [...headingCandidates].some(
    (index) => index !== first && followedByBlank(index),
  )
  const opensEssay = (line: string, index: number) => {
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

  // Paste noise: between the title and the first line of prose, nothing is a heading unless it
  // is marked or names a kind (a date, a byline, “Follow”, “7 min read”, スポンサーリンク).
  const noise = new Set<number>()
  if (titleIndex !== undefined) {
    for (let order = 1; order < content.length; order++) {
      const index = content[order] as number
      const line = text(index)
      const kind = namedKind(line)
      const marked = markOf(line) !== undefined && !hasNoWords(line)
      if (metadataLine.test(line) || categoryList.test(line) || isTagLine(line)) {
        noise.add(index)
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
      if (opensEssay(line, index) && endsSentence(text(nextOf.get(index)))) break
      noise.add(index)
    }
    // A subtitle that is a whole sentence may come before the byline (Medium: subtitle, author,
    // Follow, 7 min read, ·, date, Listen, Share): a run of short lines right after it, most of
    // them the page's words, is noise too.
    const subtitle = nextOf.get(titleIndex)
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
    if (run.length >= 3 && pageLike.length * 5 >= run.length * 3)
      for (const index of run) noise.add(index)
  }

  // A table of contents: the lines after its header until the first of them comes back, and any
  // short line whose words come back later as a heading.
  const toc = new Set<number>()
  // Where each line's words come last: an entry of the contents comes back as its heading, so a
  // line that does is an entry even when it reads like a line of dialogue (「向いてなかったのかな」).
  const lastOfCore = new Map<string, number>()
  for (const index of content) lastOfCore.set(coreOf(text(index)), index)
  const comesBack = (index: number | undefined) =>
    index !== undefined && (lastOfCore.get(coreOf(text(index))) ?? index) > index
  for (const [order, index] of content.entries()) {
    if (!tocHeader.test(text(index))) continue
    toc.add(index)
    const firstEntry = content[order + 1]
    // Entries numbered as the first one is (1. … 2.1. …) are entries whatever their words.
    const numberedContents = tocNumbering.test(text(firstEntry))
    const numbered = (index: number | undefined) =>
      numberedContents && tocNumbering.test(text(index))
    for (let next = order + 1; next < content.length; next++) {
      const entry = content[next] as number
      if (next > order + 1 && coreOf(text(entry)) === coreOf(text(firstEntry))) break
      if (next > order + 1 && lines[entry - 1]?.blank) break
      if (isProse(text(entry)) && !numbered(entry) && !comesBack(entry)) break
      // An entry is followed by the next entry; the first line followed by prose is the first
      // heading, however the contents worded it.
      if (
        followedByBlank(entry) ||
        (isProse(text(nextOf.get(entry))) &&
          !numbered(nextOf.get(entry)) &&
          !comesBack(nextOf.get(entry)))
      )
        break
      toc.add(entry)
    }
  }
  const contents = tableOfContents(
    [...toc].filter((index) => !tocHeader.test(text(index))).map(text),
  )
  const tocEnd = Math.max(-1, ...toc)
  // The depth the contents give a line after them, if they list it.
  const tocDepth = (index: number) =>
    index > tocEnd ? contents.get(coreOf(text(index))) : undefined
  const laterCores = new Map<string, number>()
  for (const index of headingCandidates) laterCores.set(coreOf(text(index)), index)
  for (const index of headingCandidates) {
    const core = coreOf(text(index))
    const last = laterCores.get(core)
    if (core !== '' && last !== undefined && last !== index) toc.add(index)
  }

  // Which candidates are headings: a heading introduces something, so a short line followed by
  // another short line (a poem, an address, a list without marks) is one only when it is marked,
  // names a kind, leads into a numbered or marked heading, or stands before a blank line.
  // Where the blogger marks headings (■, 🌸, ＜…＞ on two lines or more), an unmarked short line
  // just before a marked heading is the last line of prose (“さみしいものはさみしい😭”), not a
  // heading of a group.
  const markCounts = new Map<string, number>()
  for (const index of headingCandidates) {
    const mark = markOf(text(index))
    if (mark !== undefined) markCounts.set(mark, (markCounts.get(mark) ?? 0) + 1)
  }
  const marksHeadings = [...markCounts.values()].some((count) => count >= 2)
  const headings: number[] = []
  let inAsides = false
  let asideText = ''
  for (const index of content) {
    if (index === titleIndex || noise.has(index) || toc.has(index)) continue
    const line = text(index)
    if (headingCandidates.has(index) && isAside(line) && headings.length > 0) {
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
      if (!(inAsides && (button || row || (word !== '' && asideText.includes(word))))) {
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
    if (!headingCandidates.has(index)) continue
    const next = nextOf.get(index)
    const nextLine = text(next)
    const leads =
      isProse(nextLine) ||
      markOf(line) !== undefined ||
      namesHeading(line) ||
      followedByBlank(index) ||
      (next !== undefined &&
        headingCandidates.has(next) &&
        (isNumbered(nextLine) || (markOf(nextLine) !== undefined && !marksHeadings)))
    // A numbered line next to another numbered line is a list, not a run of empty headings.
    const previous = previousOf.get(index)
    const style = isNumbered(line) ? numberingStyle(line) : undefined
    const numberedRun =
      style !== undefined &&
      (numberingStyle(nextLine) === style ||
        (previous !== undefined && !toc.has(previous) && numberingStyle(text(previous)) === style))
    if (leads && !numberedRun) headings.push(index)
  }

  // A heading with no text of its own over a series of headings worded alike (“Three phone
  // calls”, then “The first call” … “The third call”): it is a heading too, and groups the
  // headings up to the last of the series.
  const groups = new Map<number, number>()
  const accepted = new Set(headings)
  for (const [order, child] of headings.entries()) {
    const group = previousOf.get(child)
    if (
      group === undefined ||
      accepted.has(group) ||
      !headingCandidates.has(group) ||
      noise.has(group) ||
      toc.has(group) ||
      group === titleIndex ||
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
  const headingSet = new Set(headings)
  for (const index of content) {
    const marker = bulletAt(index)
    if (marker && !headingSet.has(index) && !toc.has(index))
      roles[index] = {type: 'bullet', ...marker}
  }
  for (const index of toc) roles[index] = {type: 'bullet', ordered: false, marker: 'toc'}
  if (titleIndex !== undefined) roles[titleIndex] = {type: 'title'}
  for (const [index, depth] of headingDepths(
    headings,
    lines,
    text,
    nextOf,
    groups,
    tocDepth,
    contents.size,
  )) {
    roles[index] = {type: 'heading', depth}
  }
  return roles
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

/** Whether a line opens with a bracketed tag followed by words of its own (【体験談】1歳の…). */
function bracketTagged(line: string): boolean {
  return /^[【＜〈《][^】＞〉》]+[】＞〉》][\s\u3000]*[^\s\u3000♪！!]/.test(line)
}
