import {numbering} from './cues.js'
import {hasJapanese} from './lang.js'
import {tagComment} from './outline.js'
import {matchKind, namedKind} from './profiles/index.js'

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

const bulletMark = /^(?:[-*+・•◦▪●○◉]|\d{1,3}[.)．）])[ \t\u3000]*/
/** Marks that only ever open a list item. */
const listOnlyMark = /^[-*+・•◦▪][ \t\u3000]*/
/** Marks bloggers put before a heading; the first character names the mark's family. */
const headingMark =
  /^(?:[■□◆◇▼▽▶►★☆◎●○◉♦❖✿❀]|【[^】]{1,40}】|＜[^＞]{1,40}＞|〈[^〉]{1,40}〉|《[^》]{1,40}》|第[0-9０-９一二三四五六七八九十]{1,3}[章部回話]|\p{Extended_Pictographic})/u
const trailingMark = /[♪♫！!]+$/
const sentenceEnd = /[。．.、，,:：;；」』)）]$/
const tocHeader =
  /^(?:目次|もくじ|この記事の内容|この記事でわかること|この記事で分かること|この記事の目次|contents|table of contents|in this post|in this article|what this post covers|what's in this post|what’s in this post|this post covers)[:：]?$/i

interface Line {
  raw: string
  text: string
  blank: boolean
}

/** The family of a heading mark (`■`, `【`, `第章`, `emoji`), or undefined for an unmarked line. */
export function markOf(text: string): string | undefined {
  const match = headingMark.exec(text)
  if (!match) return undefined
  const mark = match[0]
  if (/^\p{Extended_Pictographic}/u.test(mark)) return 'emoji'
  if (mark.startsWith('第')) return '第'
  return mark[0]
}

/** A heading's words without its marks or numbering: how a table of contents repeats it. */
export function coreOf(text: string): string {
  return withoutMarks(text.replace(listOnlyMark, ''))
    .replace(numbering, '')
    .replace(/^[0-9０-９]{1,3}[\s\u3000]+/, '')
    .replace(trailingMark, '')
    .normalize('NFKC')
    .replace(/[\s\p{Extended_Pictographic}【】＜＞〈〉《》<>「」"“”'‘’]|\uFE0F/gu, '')
    .toLowerCase()
}

/** A line without the marks around its words: `■ 体験談` → `体験談`, `＜最後の日＞` → `最後の日`. */
function withoutMarks(text: string) {
  return text
    .replace(
      /^(?:[■□◆◇▼▽▶►★☆◎●○◉♦❖✿❀]|第[0-9０-９一二三四五六七八九十]{1,3}[章部回話]|\p{Extended_Pictographic}\uFE0F?)/u,
      '',
    )
    .replace(/[【】＜＞〈〉《》]/g, '')
    .trim()
}

/** Short enough to be a heading: a line, not a paragraph. */
export function isShort(text: string) {
  const core = withoutMarks(text).replace(numbering, '')
  const length = [...core].length
  if (length === 0) return false
  if (hasJapanese(core)) return length <= 40
  return length <= 80 && core.split(/\s+/).length <= 12
}

/** A line that reads as a sentence of prose: long, or ended like a sentence. */
function isProse(text: string) {
  return !isShort(text) || sentenceEnd.test(text)
}

/** A sentence that ends: where an essay's own words begin after a title's subtitle and byline. */
function endsSentence(text: string) {
  return /[。．.!！?？」』)）]["”’]?$/.test(text) && !isShort(text)
}

/**
 * Lines that name what is not the essay (関連記事, About the author, Comments are closed.): short,
 * and the aside's words open or close the line (a related post's title may mention お知らせ).
 */
function isAside(text: string) {
  const core = withoutMarks(text).replace(/[。.!！:：]$/, '')
  const short = hasJapanese(core) ? [...core].length <= 20 : core.split(/\s+/).length <= 8
  if (!short) return false
  const match = matchKind('other', core)
  return match !== undefined && (match.index === 0 || match.index + match[0].length === core.length)
}

/**
 * A title: a line, not a paragraph; not the opening section's own heading (はじめに); a headline
 * may end with a period when it is written in title case (“I Took Twelve Weeks Off. Here's Why.”).
 */
function isTitleLike(text: string) {
  if (namedKind(text) === 'intro' || bulletMark.test(text) || hasNoWords(text)) return false
  if (hasJapanese(text)) return [...text].length <= 60 && !/[。．]$/.test(text)
  const words = text.split(/\s+/)
  if (words.length > 16 || text.length > 120) return false
  if (!/[.:;,]$/.test(text)) return true
  const long = words.filter((word) => /^[A-Za-z]{4,}/.test(word))
  return /\.$/.test(text) && long.filter((word) => /^[A-Z]/.test(word)).length >= long.length * 0.6
}

/** Digits, dates and counts: no words a heading could have (`214`, `👏 212`, `·`). */
function hasNoWords(text: string) {
  return !/[\p{L}]/u.test(withoutMarks(text).replace(/\b(?:min|read|k)\b/gi, ''))
}

function isNumbered(text: string) {
  return numbering.test(text) && !listOnlyMark.test(text)
}

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
    if (bulletAt(index) || !isShort(line) || hasNoWords(line)) return false
    // A closing quote ends dialogue (「ただいま」), unless a mark says it is a heading.
    if (sentenceEnd.test(line) && !(markOf(line) && /[」』)）]$/.test(line))) return false
    if (tocHeader.test(line)) return false
    if (nextOf.get(index) === undefined) return false
    return true
  }
  for (const index of content) if (isCandidate(index)) headingCandidates.add(index)

  // The title: the first line, unless it is a heading of the essay's own kind (はじめに, or marked
  // like the headings after it).
  let titleIndex: number | undefined
  if (first !== undefined && isTitleLike(text(first)) && nextOf.get(first) !== undefined) {
    const mark = markOf(text(first))
    const shared =
      mark !== undefined &&
      [...headingCandidates].some((i) => i !== first && markOf(text(i)) === mark)
    if (!shared) titleIndex = first
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
      if (endsSentence(line) || marked || (kind !== undefined && kind !== 'other')) break
      noise.add(index)
    }
  }

  // A table of contents: the lines after its header until the first of them comes back, and any
  // short line whose words come back later as a heading.
  const toc = new Set<number>()
  for (const [order, index] of content.entries()) {
    if (!tocHeader.test(text(index))) continue
    toc.add(index)
    const firstEntry = content[order + 1]
    for (let next = order + 1; next < content.length; next++) {
      const entry = content[next] as number
      if (next > order + 1 && coreOf(text(entry)) === coreOf(text(firstEntry))) break
      if (isProse(text(entry)) || (next > order + 1 && lines[entry - 1]?.blank)) break
      // An entry is followed by the next entry; the first line followed by prose is the first
      // heading, however the contents worded it.
      if (followedByBlank(entry) || isProse(text(nextOf.get(entry)))) break
      toc.add(entry)
    }
  }
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
      if (!(inAsides && asideText.includes(word))) {
        inAsides = true
        asideText = ''
        headings.push(index)
      }
    }
    if (inAsides) {
      asideText += `${line.toLowerCase()}\n`
      continue
    }
    if (!headingCandidates.has(index)) continue
    const next = nextOf.get(index)
    const nextLine = text(next)
    const leads =
      isProse(nextLine) ||
      markOf(line) !== undefined ||
      namedKind(line) !== undefined ||
      followedByBlank(index) ||
      (next !== undefined &&
        headingCandidates.has(next) &&
        (isNumbered(nextLine) || markOf(nextLine) !== undefined))
    // A numbered line next to another numbered line is a list, not a run of empty headings.
    const previous = previousOf.get(index)
    const numberedRun =
      isNumbered(line) &&
      (isNumbered(nextLine) ||
        (previous !== undefined && !toc.has(previous) && isNumbered(text(previous))))
    if (leads && !numberedRun) headings.push(index)
  }

  const headingSet = new Set(headings)
  for (const index of content) {
    const marker = bulletAt(index)
    if (marker && !headingSet.has(index) && !toc.has(index))
      roles[index] = {type: 'bullet', ...marker}
  }
  for (const index of toc) roles[index] = {type: 'bullet', ordered: false, marker: 'toc'}
  if (titleIndex !== undefined) roles[titleIndex] = {type: 'title'}
  for (const [index, depth] of headingDepths(headings, lines, text, nextOf)) {
    roles[index] = {type: 'heading', depth}
  }
  return roles
}

/**
 * Major headings and subsections. Where some headings are followed by a blank line and others
 * not, the blank line marks the major ones. Otherwise a numbered heading after an unnumbered one
 * is a subsection, and so are the headings after a heading with no text of its own (a group).
 */
function headingDepths(
  headings: readonly number[],
  lines: readonly Line[],
  text: (index: number) => string,
  nextOf: ReadonlyMap<number, number | undefined>,
): Map<number, 2 | 3> {
  const depths = new Map<number, 2 | 3>()
  const body = headings.filter((index) => !isAside(text(index)))
  const blankAfter = body.filter((index) => lines[index + 1]?.blank)
  const blankMarksMajor = blankAfter.length > 0 && blankAfter.length < body.length
  let seenMajor = false
  let previousNumbered = false
  let previousDepth: 2 | 3 = 2
  let group = false
  for (const [order, index] of headings.entries()) {
    const line = text(index)
    let depth: 2 | 3 = 2
    if (isAside(line)) depth = 2
    else if (blankMarksMajor) depth = lines[index + 1]?.blank || !seenMajor ? 2 : 3
    else if (isNumbered(line) && seenMajor && !previousNumbered) depth = 3
    else if (isNumbered(line) && previousNumbered && previousDepth === 3) depth = 3
    else if (group && !namedKind(line)) depth = 3
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
    }
    previousNumbered = isNumbered(line)
    previousDepth = depth
    depths.set(index, depth)
  }
  return depths
}
