import {EssayError} from '../errors.js'
import type {EssayWarning} from '../types.js'

/** The frontmatter block at the start of an input, if any. */
export interface FrontmatterBlock {
  data: Record<string, unknown>
  /** Number of input lines the block takes, fences included. */
  lineCount: number
  /** Keys that were dropped because they could change an object's prototype. */
  warnings: EssayWarning[]
}

/**
 * Keys that name an object's prototype machinery: as data they would replace the prototype of
 * the object they are written to (`__proto__`), or shadow what code expects of every object.
 */
const reservedKeys = new Set(['__proto__', 'constructor', 'prototype'])

const fence = /^---[ \t]*$/
const closingFence = /^(?:---|\.\.\.)[ \t]*$/
const keyPattern = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:#"'][^:]*?):(?:[ \t]+(.*)|[ \t]*)$/
const listItem = /^-(?:[ \t]+(.*)|[ \t]*)$/

/**
 * Read a YAML frontmatter block from the start of `lines`.
 *
 * Frontmatter in essays is small and flat, so this reads the YAML subset authors write (the full
 * YAML spec would triple the parser's size in the browser): `key: value` with plain, quoted,
 * number, boolean and null scalars; inline lists `[a, b]`; block lists of `- item`; and one level
 * of nested `key: value` maps. Anything else is an `EssayError` naming the line.
 */
export function readFrontmatter(lines: readonly string[]): FrontmatterBlock | undefined {
  if (lines.length === 0 || !fence.test(lines[0] ?? '')) return undefined
  let end = -1
  for (let index = 1; index < lines.length; index++) {
    if (closingFence.test(lines[index] ?? '')) {
      end = index
      break
    }
  }
  if (end === -1) {
    // A Markdown essay may open with a thematic break: only `key: value` after it is frontmatter.
    if (!keyPattern.test(lines[1] ?? '')) return undefined
    throw new EssayError(
      'Frontmatter opened with `---` on line 1 is never closed: add a line with `---` after it',
      1,
      'frontmatter',
    )
  }
  // `---`, a line of prose, `---` is a thematic break and a setext heading, not frontmatter:
  // frontmatter's first entry is a `key:` (comments and blank lines aside).
  const first = lines.slice(1, end).find((line) => !isBlank(line) && !/^\s*#/.test(line))
  if (first !== undefined && !keyPattern.test(first) && !/^\s/.test(first)) return undefined
  const warnings: EssayWarning[] = []
  return {data: parseBlock(lines, 1, end, warnings), lineCount: end + 1, warnings}
}

/** Whether `key` may be written to a map; warns about it otherwise. */
function isAllowedKey(key: string, line: number, warnings: EssayWarning[]) {
  if (!reservedKeys.has(key)) return true
  warnings.push({
    message: `Frontmatter key \`${key}\` was dropped: it names part of every object, not data; rename it`,
    line,
    ruleId: 'frontmatter-key',
  })
  return false
}

function parseBlock(
  lines: readonly string[],
  start: number,
  end: number,
  warnings: EssayWarning[],
) {
  const data: Record<string, unknown> = {}
  let index = start
  while (index < end) {
    const raw = lines[index] ?? ''
    const line = index + 1
    if (isBlank(raw)) {
      index++
      continue
    }
    if (raw.startsWith('\t')) fail(line, 'tabs cannot indent YAML: use spaces')
    if (/^\s/.test(raw)) fail(line, 'unexpected indentation: top-level keys start at column 1')
    const match = keyPattern.exec(raw)
    if (!match) fail(line, 'expected `key: value`')
    const key = unquote(match[1]?.trim() ?? '', line)
    const rest = stripComment(match[2] ?? '')
    if (Object.hasOwn(data, key)) fail(line, `key \`${key}\` is given twice`)
    index++
    const allowed = isAllowedKey(key, line, warnings)
    if (rest !== '' && !blockIndicator.test(rest)) {
      const value = parseScalarOrInline(rest, line)
      if (allowed) data[key] = value
      continue
    }
    // A nested block or a block scalar: the indented lines that follow.
    const nested: string[] = []
    const firstNested = index
    while (index < end && (isBlank(lines[index] ?? '') || /^\s/.test(lines[index] ?? ''))) {
      nested.push(lines[index] ?? '')
      index++
    }
    const value = blockIndicator.test(rest)
      ? blockScalar(rest, nested, firstNested + 1)
      : parseNested(nested, firstNested + 1, warnings)
    if (allowed) data[key] = value
  }
  return data
}

function parseNested(
  lines: readonly string[],
  firstLine: number,
  warnings: EssayWarning[],
): unknown {
  const items: unknown[] = []
  const map: Record<string, unknown> = {}
  let kind: 'list' | 'map' | undefined
  let indent: number | undefined
  for (const [offset, raw] of lines.entries()) {
    const line = firstLine + offset
    if (isBlank(raw)) continue
    if (raw.includes('\t')) fail(line, 'tabs cannot indent YAML: use spaces')
    const width = raw.length - raw.trimStart().length
    if (indent === undefined) indent = width
    else if (width !== indent) fail(line, 'nested entries must all be indented the same')
    const content = raw.trim()
    const item = listItem.exec(content)
    if (item) {
      if (kind === 'map') fail(line, 'a nested block cannot mix `- item` and `key: value`')
      kind = 'list'
      items.push(parseScalarOrInline(stripComment(item[1] ?? ''), line))
      continue
    }
    const pair = keyPattern.exec(content)
    if (!pair) fail(line, 'expected `- item` or `key: value`')
    if (kind === 'list') fail(line, 'a nested block cannot mix `- item` and `key: value`')
    kind = 'map'
    const key = unquote(pair[1]?.trim() ?? '', line)
    const value = stripComment(pair[2] ?? '')
    if (value === '') fail(line, 'only one level of nesting is supported')
    const parsed = parseScalarOrInline(value, line)
    if (isAllowedKey(key, line, warnings)) map[key] = parsed
  }
  if (kind === 'list') return items
  if (kind === 'map') return map
  return null
}

/** `|` keeps the lines, `>` folds them; `-` drops the final line break, `+` keeps them all. */
const blockIndicator = /^[|>][+-]?$/

/**
 * A block scalar (`summary: >` and the indented lines after it), as YAML reads it: indentation
 * is that of its first line; `>` joins lines with a space and keeps a blank line as a line break.
 */
function blockScalar(indicator: string, lines: readonly string[], firstLine: number): string {
  let last = lines.length
  while (last > 0 && isBlank(lines[last - 1] ?? '')) last--
  const body = lines.slice(0, last)
  const first = body.find((raw) => !isBlank(raw)) ?? ''
  const indent = first.length - first.trimStart().length
  const texts = body.map((raw, offset) => {
    if (isBlank(raw)) return ''
    const width = raw.length - raw.trimStart().length
    if (raw.slice(0, width).includes('\t'))
      fail(firstLine + offset, 'tabs cannot indent YAML: use spaces')
    if (width < indent) {
      fail(firstLine + offset, 'a block scalar’s lines must be indented at least as its first line')
    }
    return raw.slice(indent)
  })
  let value = ''
  for (const [offset, text] of texts.entries()) {
    if (offset === 0 || indicator[0] === '|') value += offset === 0 ? text : `\n${text}`
    else if (text === '') value += '\n'
    else value += texts[offset - 1] === '' ? text : ` ${text}`
  }
  if (body.length === 0 || indicator.endsWith('-')) return value
  return indicator.endsWith('+') ? value + '\n'.repeat(lines.length - last + 1) : `${value}\n`
}

function parseScalarOrInline(value: string, line: number): unknown {
  if (value.startsWith('[')) {
    if (!value.endsWith(']')) fail(line, 'an inline list `[` must close with `]` on the same line')
    const inner = value.slice(1, -1).trim()
    if (inner === '') return []
    return splitInline(inner, line).map((part) => parseScalar(part.trim(), line))
  }
  if (value.startsWith('{')) fail(line, 'inline maps `{…}` are not supported: use indented lines')
  if (blockIndicator.test(value)) {
    fail(
      line,
      'block scalars (`|`, `>`) are read at the top level only: write the value on one line',
    )
  }
  return parseScalar(value, line)
}

function parseScalar(value: string, line: number): unknown {
  if (value.startsWith('"') || value.startsWith("'")) return unquote(value, line)
  if (value === '' || value === '~' || value === 'null') return null
  if (value === 'true') return true
  if (value === 'false') return false
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value)
  return value
}

function unquote(value: string, line: number): string {
  const quote = value[0]
  if (quote !== '"' && quote !== "'") return value
  if (value.length < 2 || value[value.length - 1] !== quote) {
    fail(line, `unterminated ${quote === '"' ? 'double' : 'single'}-quoted string`)
  }
  const inner = value.slice(1, -1)
  if (quote === "'") return inner.replaceAll("''", "'")
  return inner.replace(/\\(["\\nt])/g, (_, char: string) =>
    char === 'n' ? '\n' : char === 't' ? '\t' : char,
  )
}

/** Split `a, "b, c", d` on the commas outside quotes. */
function splitInline(value: string, line: number): string[] {
  const parts: string[] = []
  let current = ''
  let quote: string | undefined
  for (const char of value) {
    if (quote) {
      if (char === quote) quote = undefined
      current += char
    } else if (char === '"' || char === "'") {
      quote = char
      current += char
    } else if (char === ',') {
      parts.push(current)
      current = ''
    } else {
      current += char
    }
  }
  if (quote) fail(line, 'unterminated quoted string in an inline list')
  parts.push(current)
  return parts
}

/** Drop a trailing ` # comment` outside quotes. */
function stripComment(value: string): string {
  const trimmed = value.trim()
  if (trimmed.startsWith('"') || trimmed.startsWith("'")) return trimmed
  const hash = trimmed.search(/\s#/)
  return (hash === -1 ? trimmed : trimmed.slice(0, hash)).trim()
}

function isBlank(value: string) {
  return value.trim() === ''
}

function fail(line: number, problem: string): never {
  throw new EssayError(`Malformed frontmatter on line ${line}: ${problem}`, line, 'frontmatter')
}
