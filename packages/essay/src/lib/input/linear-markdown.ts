import type {Nodes, Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {EssayWarning} from '../types.js'
import {ideographicHeadingSpace} from './heading-marks.js'
import {definitionLine} from './markup-limits.js'
import {
  type Cut,
  continues,
  cuts,
  endPoint,
  forcedCut,
  merge,
  type Spine,
  trimEnds,
  truncate,
} from './window-cuts.js'

/**
 * Inputs up to this many characters are parsed by micromark in one piece, exactly as before.
 *
 * micromark copies every event parsed so far each time a container (list, list item, quote)
 * closes before the end of the input (`EditMap.consume`, called from `documentContinue` and for
 * lazy lines in micromark's `document` tokenizer), so its time grows with the square of the
 * input for many lists, quotes or list items holding lists: 16,000 lines of `- - a` (144 KB)
 * take 62 s. Longer inputs are parsed in windows of a few kilobytes, so that copy stays short.
 */
export const linearThreshold = 16 * 1024

/** How the window parse is tuned; tests make the sizes small to exercise every seam. */
export interface WindowSettings {
  /** Inputs longer than this are parsed in windows. */
  threshold: number
  /** Characters a window starts with (it grows when no block ends inside it). */
  window: number
  /**
   * A block that holds more than `window` × this many characters and at least `maxContainers`
   * lists, items or quotes, with no place to cut it that keeps its structure, is cut anyway.
   */
  maxGrowth: number
  maxContainers: number
}

const defaults: WindowSettings = Object.freeze({
  threshold: linearThreshold,
  window: 4 * 1024,
  maxGrowth: 2,
  maxContainers: 64,
})

/** What `parseEssay` reads beyond CommonMark (`remarkEssay` adds the same to remark-parse). */
const markdownOptions = {extensions: [ideographicHeadingSpace]}

/**
 * Parse Markdown into mdast with `fromMarkdown`, in time that grows linearly with the input.
 *
 * A long input is parsed window by window. A window's tree is kept up to the start of its last
 * block, since that block may go on past the window's end, and the next window starts at that
 * block's line. Where the last block is a list, a quote or a list in a quote, the window is cut
 * before its last item or child instead (each of those lines starts with the container's
 * marker, so micromark reads it the same way on its own) and the two parts are joined again.
 * The result is the tree `fromMarkdown` gives for the whole input, positions included:
 * micromark decides where a block ends from the lines up to the next block's start alone.
 * Link references work across windows: when the input defines any, it is parsed a second time
 * with the definitions each window refers to put before it.
 *
 * Only a single block of more than `window × maxGrowth` characters, full of nested lists or
 * quotes and with no such cut inside (say one list item holding thousands of nested items), is
 * cut where it must be; the text after the cut is read as new blocks, and a warning with
 * `ruleId` `long-block` says where.
 */
export function parseMarkdownLinear(
  value: string,
  warnings: EssayWarning[] = [],
  settings: WindowSettings = defaults,
): Root {
  if (value.length <= settings.threshold) return fromMarkdown(value, markdownOptions)
  // The second parse only redoes the windows that refer to a definition they do not hold; the
  // others are taken from the first, so an input made of definitions is not read three times
  // over (once, then again with each window's own definitions put before it).
  // Only inputs with a line that may start a definition keep their first parse's windows.
  definitionLine.lastIndex = 0
  const firstWindows: WindowCache | undefined = definitionLine.test(value) ? new Map() : undefined
  const first = parseInWindows(value, settings, undefined, firstWindows)
  const identifiers = definitionIdentifiers(first.tree)
  const {tree, forced} =
    identifiers.size === 0 ? first : parseInWindows(value, settings, identifiers, firstWindows)
  if (forced.length > 0) {
    warnings.push({
      message: `${plural(forced.length, 'list or quote', 'lists or quotes')} nested too long to parse as one block: the text from line ${forced[0]} on is kept, read as new blocks; split the list or quote to keep it whole`,
      line: forced[0] as number,
      ruleId: 'long-block',
    })
  }
  return tree
}

/** Each window of the first parse, before its positions were moved, with what it defines. */
type WindowCache = Map<string, {tree: Root; defines: Set<string>}>

function parseInWindows(
  value: string,
  settings: WindowSettings,
  identifiers: ReadonlySet<string> | undefined,
  windows: WindowCache | undefined,
): {tree: Root; forced: number[]} {
  const parseWindow = (start: number, end: number, line: number) =>
    parseWindowOf(value, start, end, line, identifiers, windows)
  const out: Root = {type: 'root', children: []}
  const forced: number[] = []
  let start = 0
  let line = 1
  let chain: Spine[] = []
  let size = settings.window
  let tree = parseWindow(start, lineEndAfter(value, start + size), line)
  for (;;) {
    const end = lineEndAfter(value, start + size)
    if (end >= value.length) {
      merge(out, tree, chain)
      break
    }
    let next: {tree: Root; cut: Cut} | undefined
    for (const cut of cuts(value, tree, start)) {
      const candidate = parseWindow(
        cut.lineStart,
        lineEndAfter(value, cut.lineStart + settings.window),
        cut.line,
      )
      if (continues(candidate, cut)) {
        next = {tree: candidate, cut}
        break
      }
    }
    if (!next && size >= settings.window * settings.maxGrowth) {
      const cut = forcedCut(tree, start, settings.maxContainers)
      if (cut) {
        forced.push(cut.line)
        next = {
          tree: parseWindow(
            cut.lineStart,
            lineEndAfter(value, cut.lineStart + settings.window),
            cut.line,
          ),
          cut,
        }
      }
    }
    if (next) {
      truncate(next.cut)
      if (next.cut.forced) trimEnds(tree)
      merge(out, tree, chain)
      tree = next.tree
      chain = next.cut.chain
      start = next.cut.lineStart
      line = next.cut.line
      size = settings.window
    } else {
      size *= 2
      tree = parseWindow(start, lineEndAfter(value, start + size), line)
    }
  }
  out.position = {start: {line: 1, column: 1, offset: 0}, end: endPoint(value)}
  return {tree: out, forced}
}

/** The offset just past the line ending at or after `offset` (or the input's length). */
function lineEndAfter(value: string, offset: number) {
  if (offset >= value.length) return value.length
  const index = value.indexOf('\n', offset)
  return index === -1 ? value.length : index + 1
}

/**
 * Parse `value` from `start` (a line start, on line `line`) to `end`, with positions in
 * `value`. Definitions the window refers to but does not hold go first, then are dropped.
 * The first parse keeps each window in `windows`; the second takes it from there when the
 * window needs no definition from elsewhere.
 */
function parseWindowOf(
  value: string,
  start: number,
  end: number,
  line: number,
  identifiers: ReadonlySet<string> | undefined,
  windows: WindowCache | undefined,
): Root {
  const text = value.slice(start, end)
  const key = `${start}:${end}`
  const kept = identifiers ? windows?.get(key) : undefined
  if (kept) windows?.delete(key)
  const prefix = identifiers ? definitionsFor(text, identifiers, kept?.defines) : ''
  const tree = kept && prefix === '' ? kept.tree : fromMarkdown(prefix + text, markdownOptions)
  if (!identifiers && windows) {
    windows.set(key, {tree: structuredClone(tree), defines: definitionIdentifiers(tree)})
  }
  let lines = 0
  if (prefix) {
    for (let index = prefix.indexOf('\n'); index !== -1; index = prefix.indexOf('\n', index + 1))
      lines++
    let drop = 0
    while ((tree.children[drop]?.position?.start.offset ?? Infinity) < prefix.length) drop++
    tree.children.splice(0, drop)
  }
  shift(tree, line - 1 - lines, start - prefix.length)
  return tree
}

/** Move every position by whole lines and by an offset (columns stay: windows start lines). */
function shift(tree: Root, lines: number, offset: number) {
  if (lines === 0 && offset === 0) return
  const stack: Nodes[] = [...tree.children]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    const position = node.position
    if (position) {
      node.position = {
        start: {
          line: position.start.line + lines,
          column: position.start.column,
          offset: (position.start.offset ?? 0) + offset,
        },
        end: {
          line: position.end.line + lines,
          column: position.end.column,
          offset: (position.end.offset ?? 0) + offset,
        },
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

/** The identifiers of every definition in the tree (definitions sit in the root, quotes, items). */
function definitionIdentifiers(tree: Root) {
  const found = new Set<string>()
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'definition') found.add(node.identifier)
    else if (
      node.type === 'root' ||
      node.type === 'blockquote' ||
      node.type === 'list' ||
      node.type === 'listItem'
    ) {
      for (const child of node.children) stack.push(child)
    }
  }
  return found
}

/** Anything that could be a link label: text in brackets, without brackets inside. */
const labelLike = /\[((?:[^[\]\\]|\\[\s\S]){1,999})\]/g

/**
 * Definitions (with a placeholder destination: micromark only asks whether a label is defined)
 * of the labels the text may refer to and does not define itself, as lines followed by a blank
 * line.
 */
function definitionsFor(
  text: string,
  identifiers: ReadonlySet<string>,
  defined: ReadonlySet<string> = new Set(),
) {
  const wanted = new Set<string>()
  for (const match of text.matchAll(labelLike)) {
    const identifier = normalizeIdentifier(match[1] as string)
    if (identifiers.has(identifier) && !defined.has(identifier)) wanted.add(identifier)
  }
  if (wanted.size === 0) return ''
  let prefix = ''
  for (const identifier of wanted) prefix += `[${identifier}]: #\n`
  return `${prefix}\n`
}

/** micromark's `normalizeIdentifier`, lowercased as mdast's `identifier` is. */
function normalizeIdentifier(label: string) {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
}

function plural(count: number, one: string, many: string) {
  return count === 1 ? `1 ${one}` : `${count.toLocaleString('en')} ${many}`
}
