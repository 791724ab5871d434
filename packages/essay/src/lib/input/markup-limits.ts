import type {Nodes, Parent} from 'mdast'
import type {EssayWarning} from '../types.js'

/**
 * How many container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) one line may open. micromark's
 * time grows with the square of the markers on a line (`- ` × 10,000 then a word: 28 s).
 * Essays nest a few levels; past 48 levels the tree is flattened anyway (`maxNesting`).
 */
export const maxLineMarkers = 32

/**
 * How many `]` one paragraph may hold before the rest are escaped. micromark's time grows with
 * the square of the `]` in a paragraph that close no link (`[a][b] ` repeated: over 60 s;
 * `[a](` repeated: 36 s). Escaping `[` does not help: it is the `]` that searches back.
 */
export const maxParagraphBrackets = 256

/**
 * How many `*` and `_` one paragraph may hold before the rest are escaped. micromark's time
 * grows with the square of the emphasis in a paragraph (each pair it matches splices the
 * paragraph's events): `*a* ` repeated, 128 KB in 4.8 s, 512 KB in 69 s.
 */
export const maxParagraphEmphasis = 1024

/** The Markdown micromark may see, and what was changed on the way. */
export interface GuardedMarkdown {
  /** The input, with the excess markers and `]` escaped by a `\`. */
  value: string
  /** Offsets in `value` of every `\` that was added, ascending. */
  added: number[]
  /** One warning per rule that changed something, at its first line. */
  warnings: EssayWarning[]
}

const fence = /^ {0,3}(`{3,}|~{3,})/

/**
 * A line that may start a link reference definition: `[` first, after any container markers
 * and indentation. Each marker is followed by one run of spaces, tabs and `>`, so there is one
 * way to match a line and the time is linear (a run of `[ \t]+` then `[ \t>]*` took 31 s on
 * `-    ` fifteen times, trying every split of the spaces). Global and multiline: reset
 * `lastIndex` before use.
 */
export const definitionLine = /^[ \t>]*(?:(?:[*+-]|\d{1,9}[.)])[ \t>]+)*\[/gm

/**
 * Escape, in one pass over the input, what would make micromark take time out of proportion to
 * the size of the input: container markers past `maxLineMarkers` on a line, and `]` past
 * `maxParagraphBrackets` in a paragraph. An escaped character is still there, as text: no
 * character of the author's text is lost. Lines in fenced code are left alone.
 */
export function guardMarkup(markdown: string): GuardedMarkdown {
  const parts: string[] = []
  const added: number[] = []
  const counts = {markers: 0, brackets: 0, emphasis: 0}
  const first = {markers: 0, brackets: 0, emphasis: 0}
  let outLength = 0
  let paragraph = {brackets: 0, emphasis: 0}
  let fenceMark: string | undefined
  let lineNumber = 0
  let start = 0
  while (start <= markdown.length) {
    lineNumber++
    let end = markdown.indexOf('\n', start)
    if (end === -1) end = markdown.length
    const line = markdown.slice(start, end)
    start = end + 1
    const fenceMatch = fence.exec(line)
    if (fenceMark !== undefined) {
      if (fenceMatch && isClosingFence(line, fenceMatch[1] as string, fenceMark))
        fenceMark = undefined
      push(line)
      continue
    }
    if (
      fenceMatch &&
      !(fenceMatch[1]?.startsWith('`') && line.indexOf('`', fenceMatch[0].length) !== -1)
    ) {
      fenceMark = fenceMatch[1]
      paragraph = {brackets: 0, emphasis: 0}
      push(line)
      continue
    }
    if (line.trim() === '') paragraph = {brackets: 0, emphasis: 0}
    const escapes = lineEscapes(line, paragraph)
    if (escapes.marker !== undefined) note('markers')
    if (escapes.brackets.length > 0) note('brackets')
    if (escapes.emphasis.length > 0) note('emphasis')
    const escaped =
      escapes.emphasis.length === 0
        ? escapes.brackets
        : [...escapes.brackets, ...escapes.emphasis].sort((a, b) => a - b)
    const at = [...(escapes.marker === undefined ? [] : [escapes.marker]), ...escaped]
    if (at.length === 0) {
      push(line)
      continue
    }
    let previous = 0
    let text = ''
    for (const [count, index] of at.entries()) {
      added.push(outLength + index + count)
      text += `${line.slice(previous, index)}\\`
      previous = index
    }
    text += line.slice(previous)
    push(text)
  }

  function push(text: string) {
    parts.push(text)
    outLength += text.length + 1
  }

  function note(rule: keyof typeof counts) {
    if (counts[rule]++ === 0) first[rule] = lineNumber
  }

  const warnings: EssayWarning[] = []
  if (counts.markers > 0) {
    warnings.push({
      message: `${plural(counts.markers, 'line opens', 'lines open')} more than ${maxLineMarkers} quotes or lists: the markers past that are kept as text; nest less deeply to keep them as markup`,
      line: first.markers,
      ruleId: 'deep-markers',
    })
  }
  if (counts.brackets > 0) {
    warnings.push({
      message: `${plural(counts.brackets, 'line has', 'lines have')} \`]\` past the ${maxParagraphBrackets} a paragraph may hold: they are kept as text and close no link; split the paragraph to keep its links`,
      line: first.brackets,
      ruleId: 'bracket-run',
    })
  }
  if (counts.emphasis > 0) {
    warnings.push({
      message: `${plural(counts.emphasis, 'line has', 'lines have')} \`*\` or \`_\` past the ${maxParagraphEmphasis} a paragraph may hold: they are kept as text and emphasize nothing; split the paragraph to keep its emphasis`,
      line: first.emphasis,
      ruleId: 'emphasis-run',
    })
  }
  return {value: parts.join('\n'), added, warnings}
}

/** Number of offsets in `added` (ascending) before `offset`. */
function countBefore(added: readonly number[], offset: number) {
  let low = 0
  let high = added.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((added[middle] as number) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Where to put a `\` on one line: before the first container marker past `maxLineMarkers`
 * (the rest of the line is then paragraph text), and before every `]`, `*` or `_` past the
 * paragraph's allowance. `paragraph` counts them in the paragraph so far; this line's are added.
 */
function lineEscapes(line: string, paragraph: {brackets: number; emphasis: number}) {
  let marker: number | undefined
  let index = 0
  let markers = 0
  const breakFrom = thematicBreakStart(line)
  for (;;) {
    while (line[index] === ' ' || line[index] === '\t') index++
    // A thematic break (`- - - -`) is one construct, however long: it ends the containers.
    if (breakFrom !== undefined && index >= breakFrom) break
    const size = containerMarkerSize(line, index)
    if (size === 0) break
    markers++
    if (markers > maxLineMarkers) {
      // Escape the marker's own character (the `.` of `1.`), so it reads as text.
      marker = index + size - 1
      break
    }
    index += size
  }
  const brackets: number[] = []
  for (let at = line.indexOf(']'); at !== -1; at = line.indexOf(']', at + 1)) {
    if (line[at - 1] === '\\' && !isEscapedBackslash(line, at - 1)) continue
    paragraph.brackets++
    if (paragraph.brackets > maxParagraphBrackets) brackets.push(at)
  }
  // After the container markers, and before a thematic break that ends the line.
  const emphasis: number[] = []
  const end = breakFrom ?? line.length
  for (let at = marker === undefined ? index : marker + 1; at < end; at++) {
    const char = line[at]
    if (char !== '*' && char !== '_') continue
    if (line[at - 1] === '\\' && !isEscapedBackslash(line, at - 1)) continue
    paragraph.emphasis++
    if (paragraph.emphasis > maxParagraphEmphasis) emphasis.push(at)
  }
  return {marker, brackets, emphasis}
}

/**
 * The length of the container marker at `index` (a quote's `>`, a list's `-`, `*`, `+`, `1.` or
 * `1)` before a space or the end of the line), or 0 when there is none.
 */
export function containerMarkerSize(line: string, index: number): number {
  const char = line[index]
  if (char === '>') return 1
  if ((char === '-' || char === '*' || char === '+') && isSpaceOrEnd(line, index + 1)) return 1
  let digits = 0
  while (digits < 10 && isDigit(line.charCodeAt(index + digits))) digits++
  const delimiter = line[index + digits]
  if (digits > 0 && digits < 10 && (delimiter === '.' || delimiter === ')')) {
    if (isSpaceOrEnd(line, index + digits + 1)) return digits + 1
  }
  return 0
}

/**
 * Where the thematic break that ends `line` starts (a run of one of `-`, `*`, `_` with at least
 * three of them, and spaces), or `undefined` when the line does not end with one.
 */
function thematicBreakStart(line: string): number | undefined {
  let index = line.length
  let mark: string | undefined
  let count = 0
  let start: number | undefined
  while (index > 0) {
    const char = line[index - 1] as string
    if (char === ' ' || char === '\t') {
      index--
      continue
    }
    if (mark === undefined && (char === '-' || char === '*' || char === '_')) mark = char
    if (char !== mark) break
    count++
    index--
    start = index
  }
  return count >= 3 ? start : undefined
}

function isClosingFence(line: string, run: string, open: string) {
  return (
    run[0] === open[0] &&
    run.length >= open.length &&
    line.trimEnd().length === line.indexOf(run) + run.length
  )
}

function isEscapedBackslash(line: string, at: number) {
  let count = 0
  while (line[at - count] === '\\') count++
  return count % 2 === 0
}

function isSpaceOrEnd(line: string, index: number) {
  return index >= line.length || line[index] === ' ' || line[index] === '\t'
}

function isDigit(code: number) {
  return code >= 48 && code <= 57
}

function plural(count: number, one: string, many: string) {
  return count === 1 ? `1 ${one}` : `${count.toLocaleString('en')} ${many}`
}

/**
 * Make the positions in a tree parsed from `guardMarkup`'s value point into the original
 * input again: every column and offset after an added `\` moves back by one. Works with an
 * explicit stack, never recursion.
 */
export function restorePositions(tree: Nodes, added: readonly number[]): void {
  if (added.length === 0) return
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.position) {
      restore(node.position.start, added)
      restore(node.position.end, added)
    }
    if ('children' in node) for (const child of (node as Parent).children) stack.push(child)
  }
}

function restore(point: NonNullable<Nodes['position']>['start'], added: readonly number[]) {
  if (point.offset === undefined) return
  const before = countBefore(added, point.offset)
  if (before === 0) return
  // The added characters on the point's own line are those after its line's start.
  const lineStart = point.offset - (point.column - 1)
  point.column -= before - countBefore(added, lineStart)
  point.offset -= before
}
