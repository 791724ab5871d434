import type {Paragraph} from 'mdast'
import type {EssayWarning} from '../types.js'

/**
 * How many lines of Markdown micromark reads. Its cost is per line and per block, not per byte:
 * 10 to 130 µs a line (a list item costs most), so a megabyte of one-character lines or
 * paragraphs takes 20 to 50 s while a megabyte of prose takes about one. An essay has a few
 * hundred lines; past this many, the rest of the input is kept as plain text, which bounds
 * micromark's part to a few seconds whatever the lines hold.
 */
export const maxMarkdownLines = 10_000

/** How far back from the limit a blank line is looked for, so that no paragraph is cut. */
const lookBack = 1000

export interface LineLimit {
  /** The Markdown micromark reads: the input up to the cut. */
  markdown: string
  /** What follows the cut, kept as text, and where it starts in the input. */
  rest?: {value: string; offset: number; line: number}
  warning?: EssayWarning
}

/**
 * Cut `value` after `max` lines, at the last blank line before that when one is near, in one
 * pass. Lines are counted as micromark counts them (`\r\n`, `\r` or `\n` ends one).
 */
export function limitLines(value: string, max: number = maxMarkdownLines): LineLimit {
  const starts: number[] = [0]
  let index = 0
  while (starts.length <= max && index < value.length) {
    const code = value.charCodeAt(index++)
    if (code === 13 && value.charCodeAt(index) === 10) index++
    if (code === 10 || code === 13) starts.push(index)
  }
  if (starts.length <= max || index >= value.length) return {markdown: value}
  // `starts[max]` is where line `max + 1` starts: cut there, or after a blank line before it.
  let cut = max
  for (let line = max - 1; line > 0 && line >= max - lookBack; line--) {
    const text = value.slice(starts[line], starts[line + 1])
    if (text.trim() === '') {
      cut = line + 1
      break
    }
  }
  const offset = starts[cut] as number
  return {
    markdown: value.slice(0, offset),
    rest: {value: value.slice(offset), offset, line: cut + 1},
    warning: {
      message: `the essay is longer than ${max.toLocaleString('en')} lines: the text from line ${cut + 1} on is kept as plain text, not read as Markdown; split it into several essays to keep its structure`,
      line: cut + 1,
      ruleId: 'long-input',
    },
  }
}

/** The text after the cut as one paragraph, its position pointing into the input. */
export function restAsParagraph(rest: NonNullable<LineLimit['rest']>): Paragraph {
  const value = rest.value.trimEnd()
  let line = rest.line
  let lineStart = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13 && value.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) {
      line++
      lineStart = index + 1
    }
  }
  const position = {
    start: {line: rest.line, column: 1, offset: rest.offset},
    end: {line, column: value.length - lineStart + 1, offset: rest.offset + value.length},
  }
  return {type: 'paragraph', children: [{type: 'text', value, position}], position}
}
