import type {Heading, List, ListItem, Paragraph, Root, RootContent} from 'mdast'
import {headingCues, numbering} from './cues.js'
import {tagComment} from './outline.js'

/**
 * Plain text copied from a web page: the `#` marks are gone, so headings are short lines that
 * stand alone without sentence-ending punctuation. This module recognises such input and builds
 * the Markdown tree it came from, keeping every line's position.
 */

const markdownSyntax =
  /^(?:#{1,6}[ \t]|>[ \t]?|```|~~~|={3,}\s*$|-{3,}\s*$)|\*\*\S|\]\(|^\s{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\*\*/m
const bullet = /^\s*(?:[-*+・•●◦▪]|\d{1,3}[.)．）])[ \t\u3000]*/
const unorderedBullet = /^\s*[-*+・•●◦▪][ \t\u3000]*/
const bracketHeading = /^\s*(?:【[^】]{1,30}】|[■□◆◇▼▽▶►★☆◎]\s*\S)/
const terminal = /[。．.!！?？、，,:：;；」』)）]$/

/** Whether `value` reads as plain text rather than Markdown. */
export function looksLikePlainText(value: string): boolean {
  if (markdownSyntax.test(value)) return false
  const lines = value.split(/\r?\n|\r/)
  let headings = 0
  for (let index = 0; index < lines.length && headings < 2; index++) {
    if (isHeadingLine(lines, index)) headings++
  }
  return headings >= 2
}

function isJapaneseText(value: string) {
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(value)
}

/** Whether line `index` stands alone as a heading. */
function isHeadingLine(lines: readonly string[], index: number): boolean {
  const line = (lines[index] ?? '').trim()
  if (line === '' || tagComment.test(line)) return false
  const next = nextContentLine(lines, index)
  if (next === undefined) return false
  if (bracketHeading.test(line)) return true
  if (unorderedBullet.test(line)) return false
  const japanese = isJapaneseText(line)
  const body = line.replace(numbering, '')
  const length = [...body].length
  const words = body.split(/\s+/).length
  if (length === 0) return false
  if (japanese ? length > 32 : length > 70 || words > 10) return false
  if (terminal.test(line)) {
    // Questions are headings when short and plainly heading-like (“マミートラックとは？”).
    if (!/[?？]$/.test(line) || (japanese ? length > 20 : words > 7)) return false
  }
  // A heading introduces something: the next line must not be another short fragment that could
  // itself be a heading (a run of short lines is a poem or an address, not an outline).
  const nextLine = (lines[next] ?? '').trim()
  const nextIsShort = !terminal.test(nextLine) && [...nextLine].length <= (japanese ? 32 : 70)
  // A numbered line followed by the next numbered line is a list, not a run of empty headings.
  if (
    isNumberedHeading(line) &&
    (isNumberedHeading(nextLine) || isNumberedHeading(previousContent(lines, index)))
  ) {
    return false
  }
  if (
    nextIsShort &&
    !bullet.test(nextLine) &&
    !isNumberedHeading(line) &&
    !isNumberedHeading(nextLine)
  ) {
    return isLoneLine(lines, index) && headingCueMatches(line)
  }
  return true
}

function isNumberedHeading(line: string) {
  return numbering.test(line) && !unorderedBullet.test(line)
}

function isLoneLine(lines: readonly string[], index: number) {
  return (lines[index - 1] ?? '').trim() === '' && (lines[index + 1] ?? '').trim() === ''
}

function headingCueMatches(line: string) {
  return Object.values(headingCues).some((cues) => cues.some((cue) => cue.pattern.test(line)))
}

function previousContent(lines: readonly string[], index: number): string {
  // Only the line just before, or the one before a single blank line: list runs are tight.
  const previous = (lines[index - 1] ?? '').trim()
  return previous !== '' ? previous : (lines[index - 2] ?? '').trim()
}

function nextContentLine(lines: readonly string[], index: number): number | undefined {
  for (let next = index + 1; next < lines.length; next++) {
    if ((lines[next] ?? '').trim() !== '') return next
  }
  return undefined
}

/**
 * Build an mdast tree from plain text. Headings become H2 (numbered ones, inside a section,
 * H3); bullet lines become list items; every other line is a paragraph (lines of a block that
 * wrap mid-sentence are joined). The first line is the title (H1) when it is heading-like.
 */
export function plainTextToMdast(value: string, firstLine: number): Root {
  const lines = value.split(/\r?\n|\r/)
  const children: RootContent[] = []
  let seenHeading = false
  let group = false
  let list: List | undefined
  let paragraph: Paragraph | undefined

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? ''
    const line = raw.trim()
    const lineNumber = firstLine + index
    const position = {
      start: {line: lineNumber, column: raw.length - raw.trimStart().length + 1},
      end: {line: lineNumber, column: raw.trimEnd().length + 1},
    }
    if (line === '') {
      list = undefined
      paragraph = undefined
      continue
    }
    // An author's tag stays a comment, as in Markdown, so it tags the heading after it.
    if (tagComment.test(line)) {
      list = undefined
      paragraph = undefined
      children.push({type: 'html', value: line, position})
      continue
    }
    const isTitle = children.length === 0 && !headingCueMatches(line) && isHeadingLine(lines, index)
    if (isTitle || isHeadingLine(lines, index)) {
      list = undefined
      paragraph = undefined
      const numbered = isNumberedHeading(line)
      let depth = 2
      if (isTitle) depth = 1
      else if (numbered && seenHeading) depth = 3
      else if (group && !headingCueMatches(line)) depth = 3
      else {
        // A heading followed straight by another heading is a group (体験談 → its episodes):
        // the unnumbered headings after it are its subsections, until one names a kind.
        const next = nextContentLine(lines, index)
        group =
          next !== undefined &&
          isHeadingLine(lines, next) &&
          !isNumberedHeading((lines[next] ?? '').trim())
      }
      if (!isTitle) seenHeading = true
      const heading: Heading = {
        type: 'heading',
        depth: depth as Heading['depth'],
        children: [{type: 'text', value: line, position}],
        position,
      }
      children.push(heading)
      continue
    }
    const marker = bullet.exec(raw)
    if (marker && line.length > marker[0].trim().length) {
      paragraph = undefined
      const ordered = !unorderedBullet.test(raw)
      if (!list || list.ordered !== ordered) {
        list = {type: 'list', ordered, spread: false, children: [], position: {...position}}
        children.push(list)
      }
      const text = raw.slice(marker[0].length).trim()
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        children: [
          {type: 'paragraph', children: [{type: 'text', value: text, position}], position},
        ],
        position,
      }
      list.children.push(item)
      if (list.position) list.position.end = position.end
      continue
    }
    list = undefined
    // Lines ending mid-sentence continue the paragraph (hard-wrapped text); others stand alone.
    if (
      paragraph &&
      !terminal.test(paragraph.children.at(-1)?.type === 'text' ? lastText(paragraph) : '.')
    ) {
      const last = paragraph.children[paragraph.children.length - 1]
      if (last?.type === 'text') {
        last.value += (isJapaneseText(line) ? '' : ' ') + line
        if (last.position) last.position.end = position.end
        if (paragraph.position) paragraph.position.end = position.end
      }
      continue
    }
    paragraph = {type: 'paragraph', children: [{type: 'text', value: line, position}], position}
    children.push(paragraph)
  }
  return {type: 'root', children}
}

function lastText(paragraph: Paragraph): string {
  const last = paragraph.children[paragraph.children.length - 1]
  return last?.type === 'text' ? last.value.trimEnd() : ''
}
