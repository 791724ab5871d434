import type {Heading, List, Paragraph, Root, RootContent} from 'mdast'
import {endsInJapanese} from '../lang.js'
import {bulletMark} from './list-marks.js'
import {isShort} from './paste-line-shapes.js'
import {type LineRole, readPasteLines} from './paste-lines.js'

/**
 * Plain text copied from a web page: the `#` marks are gone, so headings are short lines that
 * stand alone. `paste-lines.ts` tells what each line is; this module recognises such input and
 * builds the Markdown tree it came from, keeping every line's position.
 */

/** Syntax only Markdown has: a heading mark, a fence, a link, bold text. */
const markdownSyntax =
  /^(?:#{1,6}[ \t\u3000]|```|~~~|={3,}\s*$)|\*\*\S|\]\(|^\s{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\*\*/m
/**
 * Syntax that pastes have too: `>name` answers a comment on Ameblo, `---` rules off a signature.
 * Markdown when its paragraphs are set apart by blank lines, as Markdown's are and pastes' are not.
 */
const sharedSyntax = /^(?:>|-{3,}\s*$)/m
const terminal = /[。．.!！?？、，,:：;；」』)）]$/

/**
 * The roles of the lines of `value` when it reads as plain text rather than Markdown (no Markdown
 * syntax, two headings or more), else undefined: read once, then handed to `plainTextToMdast`.
 */
export function readAsPlainText(value: string): LineRole[] | undefined {
  if (markdownSyntax.test(value)) return undefined
  if (sharedSyntax.test(value) && blankSeparated(value)) return undefined
  const roles = readPasteLines(value)
  let headings = 0
  for (const role of roles) if (role.type === 'heading') headings++
  return headings >= 2 ? roles : undefined
}

/** Whether most lines of text are followed by a blank line, as Markdown paragraphs are. */
function blankSeparated(value: string) {
  const lines = value.split(/\r?\n|\r/)
  let text = 0
  let separated = 0
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    text++
    if ((lines[index + 1] ?? '').trim() === '') separated++
  }
  return separated * 2 >= text
}

/**
 * Build an mdast tree from plain text: the title line an H1, major headings H2, subsections H3,
 * bullet lines (and a table of contents) list items, every other line a paragraph. Lines of a
 * paragraph hard-wrapped mid-sentence are joined. `roles` are the lines' roles, when known.
 */
export function plainTextToMdast(
  value: string,
  firstLine: number,
  roles: readonly LineRole[] = readPasteLines(value),
): Root {
  const lines = value.split(/\r?\n|\r/)
  const children: RootContent[] = []
  let list: List | undefined
  let listMarker: string | undefined
  let paragraph: Paragraph | undefined

  for (const [index, raw] of lines.entries()) {
    const role: LineRole = roles[index] ?? {type: 'blank'}
    const line = raw.trim()
    const lineNumber = firstLine + index
    const position = {
      start: {line: lineNumber, column: raw.length - raw.trimStart().length + 1},
      end: {line: lineNumber, column: raw.trimEnd().length + 1},
    }
    if (role.type !== 'bullet') list = undefined
    if (role.type !== 'text') paragraph = undefined
    switch (role.type) {
      case 'blank':
        continue
      case 'tag':
        // An author's tag stays a comment, as in Markdown, so it tags the heading after it.
        children.push({type: 'html', value: line, position})
        continue
      case 'title':
      case 'heading': {
        const heading: Heading = {
          type: 'heading',
          depth: role.type === 'title' ? 1 : role.depth,
          children: [{type: 'text', value: line, position}],
          position,
        }
        children.push(heading)
        continue
      }
      case 'bullet': {
        if (!list || listMarker !== role.marker) {
          list = {
            type: 'list',
            ordered: role.ordered,
            spread: false,
            children: [],
            position: {...position},
          }
          listMarker = role.marker
          children.push(list)
        }
        const text = role.marker === 'toc' ? line : raw.trimStart().replace(bulletMark, '').trim()
        list.children.push({
          type: 'listItem',
          spread: false,
          children: [
            {type: 'paragraph', children: [{type: 'text', value: text, position}], position},
          ],
          position,
        })
        if (list.position) list.position.end = position.end
        continue
      }
      default: {
        const last = paragraph?.children[paragraph.children.length - 1]
        // A long line that stops mid-sentence was wrapped: the next line continues it.
        if (paragraph && last?.type === 'text' && isWrapped(last.value)) {
          last.value += (endsInJapanese(last.value) ? '' : ' ') + line
          if (last.position) last.position.end = position.end
          if (paragraph.position) paragraph.position.end = position.end
          continue
        }
        paragraph = {type: 'paragraph', children: [{type: 'text', value: line, position}], position}
        children.push(paragraph)
      }
    }
  }
  return {type: 'root', children}
}

function isWrapped(value: string) {
  const lastLine = value.slice(value.lastIndexOf('\n') + 1).trimEnd()
  return !terminal.test(lastLine) && !isShort(lastLine)
}
