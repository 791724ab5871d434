import type {Nodes, Parent} from 'mdast'
import type {EssayWarning} from '../types.js'
import {containerMarkerSize, definitionLine} from './markup-limits.js'

/**
 * How many characters that may open or close inline markup (`*`, `_`, `[`, `]`, a backtick,
 * `<`, `&`, `\`) micromark reads in one essay. Its cost is per such character, not per byte:
 * about 100 µs each, so dense markup (`[a][b] `, `**a** `, `` `a` `` repeated) took 10 to 18 s
 * a megabyte even once each shape was linear. An essay has a few hundred of them; this many take
 * about a second, and the rest is kept as text.
 */
export const maxInlineMarkers = 10_000

const markers = '*_[]`<&\\'

/**
 * How many link reference definitions (`[a]: /url`) micromark reads in one essay. Each takes it
 * about 115 µs however the input is cut (some thirty events for a line of a dozen characters):
 * a megabyte of them took 8 s, bare `fromMarkdown` as long. An essay has a handful; the rest are
 * kept as text. As many as the `]` one paragraph may hold (`maxParagraphBrackets`), so a run of
 * definitions within the budget is never cut short by that guard.
 */
export const maxDefinitions = 256

/** The start of a definition, at a line's content: a label, then a colon. */
const definitionStart = /^\[(?:[^[\]\\]|\\[\s\S]){0,999}\]:/

/** The body micromark may see, with the inline markers past the budget stood in for. */
export interface BudgetedMarkdown {
  /** The body, each character past the budget replaced by a stand-in of the same length. */
  value: string
  /** The stand-ins and the characters they stand for, or undefined when none was needed. */
  standIns: Map<string, string> | undefined
  /** One per budget that was used up, at its first line (`markup-budget`, `definition-budget`). */
  warnings: EssayWarning[]
}

/**
 * Replace the inline markers past `maxInlineMarkers` by characters of the Private Use Area that
 * the input does not use, one per marker: micromark reads them as plain text, in time
 * proportional to their number, and `restoreStandIns` puts the author's characters back in the
 * tree. Positions do not move (one UTF-16 unit for another). What may open a block at the start
 * of a line (its container markers, then a run of one character: a fence, a thematic break, an
 * HTML tag) is left alone, so the outline does not change.
 */
export function budgetInlineMarkup(body: string): BudgetedMarkdown {
  let count = 0
  // Cheap first: most essays are far below both budgets.
  for (let index = 0; index < body.length && count <= maxInlineMarkers; index++) {
    if (markers.includes(body[index] as string)) count++
  }
  if (count <= maxInlineMarkers && !moreDefinitionsThan(body, maxDefinitions))
    return {value: body, standIns: undefined, warnings: []}

  const standIn = standInsFor(body)
  const parts: string[] = []
  let line = 0
  let firstLine = 0
  let firstDefinitionLine = 0
  let definitions = 0
  count = 0
  for (let start = 0; start <= body.length; ) {
    line++
    let end = body.indexOf('\n', start)
    if (end === -1) end = body.length
    const text = body.slice(start, end)
    const content = contentStart(text)
    const from = afterOpener(text, content)
    let out = text.slice(0, from)
    // Past the definitions' budget, a definition line is text, every marker on it included (a
    // `]` left there would be escaped as a run of brackets, and each escape costs as much).
    const asText =
      text[content] === '[' &&
      definitionStart.test(text.slice(content, content + 2004)) &&
      ++definitions > maxDefinitions
    if (asText && firstDefinitionLine === 0) firstDefinitionLine = line
    for (let at = from; at < text.length; at++) {
      const char = text[at] as string
      if (asText && markers.includes(char)) out += standIn.get(char)
      else if (markers.includes(char) && ++count > maxInlineMarkers) {
        if (firstLine === 0) firstLine = line
        out += standIn.get(char)
      } else out += char
    }
    parts.push(out)
    start = end + 1
  }
  const standIns = new Map([...standIn].map(([char, replacement]) => [replacement, char]))
  const warnings: EssayWarning[] = []
  if (firstLine > 0)
    warnings.push({
      message: `the essay has more than ${maxInlineMarkers.toLocaleString('en')} characters that may be inline markup (\`*\`, \`_\`, \`[\`, \`]\`, \`\`\`, \`<\`, \`&\`, \`\\\`): from this line on they are kept as text; split the essay to keep its markup`,
      line: firstLine,
      ruleId: 'markup-budget',
    })
  if (firstDefinitionLine > 0)
    warnings.push({
      message: `the essay has more than ${maxDefinitions.toLocaleString('en')} link reference definitions (\`[label]: url\`): from this line on they are kept as text; split the essay to keep them`,
      line: firstDefinitionLine,
      ruleId: 'definition-budget',
    })
  return {value: parts.join('\n'), standIns, warnings}
}

/** Whether more than `limit` lines may start a definition. */
function moreDefinitionsThan(body: string, limit: number) {
  let lines = 0
  definitionLine.lastIndex = 0
  while (definitionLine.exec(body)) if (++lines > limit) return true
  return false
}

/** Where a line's content starts: after its container markers (`>`, `-`, `1.`). */
function contentStart(line: string): number {
  let index = 0
  for (;;) {
    while (line[index] === ' ' || line[index] === '\t') index++
    const size = containerMarkerSize(line, index)
    if (size === 0) return index
    index += size
  }
}

/**
 * Where the inline part of a line starts: after the run of one character that may open a block.
 * A definition's `[` is not kept: definitions shape no outline, and micromark spends as much on
 * each as on a hundred characters of prose (a line of definitions past the budget is text).
 */
function afterOpener(line: string, content: number): number {
  const opener = line[content]
  if (opener === '[') return content
  let index = content
  while (index < line.length && (line[index] === opener || line[index] === ' ')) index++
  return index
}

/** One Private Use Area character per marker, none of which `body` has. */
function standInsFor(body: string): Map<string, string> {
  const used = new Set(body.match(/[\uE000-\uF8FF]/g))
  const standIn = new Map<string, string>()
  for (let code = 0xe000; standIn.size < markers.length; code++) {
    const char = String.fromCharCode(code)
    if (!used.has(char)) standIn.set(markers[standIn.size] as string, char)
  }
  return standIn
}

const fields = ['value', 'url', 'title', 'alt', 'label', 'identifier'] as const

/** Put the author's characters back where `budgetInlineMarkup` stood in for them. */
export function restoreStandIns(tree: Nodes, standIns: Map<string, string> | undefined): void {
  if (!standIns) return
  const pattern = new RegExp(`[${[...standIns.keys()].join('')}]`, 'g')
  const back = (char: string) => standIns.get(char) as string
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    const record = node as unknown as Record<string, unknown>
    for (const field of fields) {
      const value = record[field]
      if (typeof value === 'string') record[field] = value.replace(pattern, back)
    }
    if ('children' in node) for (const child of (node as Parent).children) stack.push(child)
  }
}
