import type {Blockquote, List, Nodes, Parent, Root, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {EssayWarning} from '../types.js'
import {ideographicHeadingSpace} from './heading-marks.js'
import {definitionLine} from './markup-limits.js'

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

/** Container types whose every line starts with their marker, so a window may start inside. */
type Spine = 'blockquote' | 'list'

/** Where a window's tree is cut: `node` (a child of `parent`) and what follows go to the next. */
interface Cut {
  parent: Parent
  /** Types of the containers from the root down to `parent` (the root itself not included). */
  chain: Spine[]
  /**
   * The blocks that open on the cut's line, outermost first (the cut's block and its first
   * children there): the next window must open the same. micromark reads a line after an open
   * block (a paragraph, indented code) as if it interrupted it, so `10. a` or `> 2. a` after one
   * is a paragraph, not a list.
   */
  opens: string
  /** Where the cut's block starts. */
  offset: number
  line: number
  /** Where its line starts: the next window starts there. */
  lineStart: number
  /** Cut where no cut keeps the structure: the rest starts new blocks at the root. */
  forced?: boolean
}

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

/**
 * Where the window's tree may be cut so that the rest, parsed on its own, continues it: before
 * the last block of the root, and before the last child of each quote or list on the way down
 * the last blocks. Deepest (latest) first; only cuts after `start`.
 */
function cuts(value: string, tree: Root, start: number): Cut[] {
  const found: Cut[] = []
  const chain: Spine[] = []
  let parent: Parent = tree
  for (;;) {
    const last = parent.children.at(-1)
    if (!last) break
    const point = last.position?.start
    const lineStart = point?.offset === undefined ? start : point.offset - (point.column - 1)
    // Below the root, a first child starts on its container's line: cut before the container.
    if (
      lineStart > start &&
      (chain.length === 0 || parent.children.length > 1) &&
      !joined(value, parent.children.at(-2), last)
    ) {
      found.push({
        parent,
        chain: [...chain],
        opens: opens(last),
        offset: point?.offset as number,
        line: point?.line as number,
        lineStart,
      })
    }
    if (parent.type === 'list' || (last.type !== 'blockquote' && last.type !== 'list')) break
    chain.push(last.type)
    parent = last
  }
  return found.reverse()
}

/**
 * Whether micromark reads `block` differently when the window starts at it, in ways `continues`
 * cannot see: a definition and the paragraph on the next line are one chunk (underlined, the
 * heading starts at the definition), and a line after indented code that starts a window is read
 * as interrupting it (`> 2. a` becomes a paragraph).
 */
function joined(value: string, before: RootContent | undefined, block: RootContent) {
  const start = block.position?.start
  if (before?.type === 'definition' && before.position?.end.line === (start?.line ?? 0) - 1)
    return true
  return block.type === 'code' && !fence.test(value.slice(start?.offset, (start?.offset ?? 0) + 8))
}

/** The start of a fenced code block (anything else of type `code` is indented code). */
const fence = /^ {0,3}(?:`{3}|~{3})/

/**
 * Whether `next` (parsed from a cut's line) continues the window it was cut from: its first
 * blocks are the same containers, and the cut's block starts where it did.
 */
function continues(next: Root, cut: Cut) {
  let parent: Parent = next
  for (const type of cut.chain) {
    const first = parent.children[0]
    if (!first || first.type !== type || first.position?.start.line !== cut.line) return false
    parent = first
  }
  const first = parent.children[0]
  return first?.position?.start.offset === cut.offset && opens(first) === cut.opens
}

/** The types of `node` and of its first children that start on its line, with their columns. */
function opens(node: RootContent) {
  const line = node.position?.start.line
  let shape = ''
  let current: Nodes | undefined = node
  while (current?.position && current.position.start.line === line) {
    const ordered = current.type === 'list' && current.ordered ? '.' : ''
    shape += `${current.type}${ordered}@${current.position.start.column} `
    current = 'children' in current ? current.children[0] : undefined
  }
  return shape
}

/**
 * When no cut keeps the structure and the window has grown too big, cut before the last child
 * of the deepest block that has several, if the last block is full of containers (the shape
 * that makes micromark slow); a long paragraph or code block is not cut.
 */
function forcedCut(tree: Root, start: number, maxContainers: number): Cut | undefined {
  const last = tree.children.at(-1)
  if (!last || countContainers(last, maxContainers) < maxContainers) return undefined
  let found: Cut | undefined
  let parent: Parent = tree
  for (;;) {
    const child = parent.children.at(-1)
    if (!child) break
    if (parent.children.length > 1 && child.position?.start.offset !== undefined) {
      const {offset, line} = child.position.start
      const lineStart = offset - (child.position.start.column - 1)
      if (lineStart > start)
        found = {
          parent,
          chain: [],
          opens: opens(child),
          offset,
          line,
          lineStart,
          forced: true,
        }
    }
    if (!('children' in child)) break
    parent = child
  }
  return found
}

function countContainers(node: Nodes, limit: number) {
  let count = 0
  const stack: Nodes[] = [node]
  while (stack.length > 0 && count < limit) {
    const current = stack.pop() as Nodes
    if (current.type === 'list' || current.type === 'listItem' || current.type === 'blockquote')
      count++
    if ('children' in current) for (const child of current.children) stack.push(child)
  }
  return count
}

/** Drop the cut's block and everything after it from the window's tree. */
function truncate(cut: Cut) {
  cut.parent.children.pop()
}

/** After a forced cut, make the blocks it shortened end where their last child now ends. */
function trimEnds(tree: Root) {
  const spine: Parent[] = []
  for (let node: Parent | undefined = tree; node; ) {
    spine.push(node)
    const last: RootContent | undefined = node.children.at(-1)
    node = last && 'children' in last ? (last as Parent) : undefined
  }
  for (let index = spine.length - 1; index > 0; index--) {
    const node = spine[index] as Parent
    const end = node.children.at(-1)?.position?.end
    if (end && node.position) node.position.end = {...end}
  }
}

/**
 * Append a window's tree to what came before. The window's first blocks along `chain` are the
 * continuation of the last blocks before: their children are joined, and they end where the
 * window's end.
 */
function merge(out: Root, tree: Root, chain: readonly Spine[]) {
  let target: Parent = out
  let source: Parent = tree
  for (let depth = 0; depth < chain.length; depth++) {
    const before = target.children.at(-1) as Blockquote | List | undefined
    const after = source.children[0] as Blockquote | List | undefined
    if (!before || !after) break
    target.children.push(...(source.children.slice(1) as RootContent[]))
    if (after.position && before.position) before.position.end = after.position.end
    if (before.type === 'list' && after.type === 'list')
      before.spread = before.spread || after.spread
    target = before
    source = after
  }
  target.children.push(...(source.children as RootContent[]))
}

/** Where micromark ends the root: the last line and column, and the input's length. */
function endPoint(value: string) {
  let line = 1
  let lineStart = 0
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: value.length - lineStart + 1, offset: value.length}
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
