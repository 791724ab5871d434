import type {Blockquote, List, Nodes, Parent, Root, RootContent} from 'mdast'

/**
 * Where a window of `linear-markdown.ts` is cut, and how the trees of two windows are joined
 * again: the cut must fall where micromark reads the rest the same on its own (before a block, or
 * before an item or child of a list or quote, whose lines start with the container's marker).
 */

/** Container types whose every line starts with their marker, so a window may start inside. */
export type Spine = 'blockquote' | 'list'

/** Where a window's tree is cut: `node` (a child of `parent`) and what follows go to the next. */
export interface Cut {
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
 * Where the window's tree may be cut so that the rest, parsed on its own, continues it: before
 * the last block of the root, and before the last child of each quote or list on the way down
 * the last blocks. Deepest (latest) first; only cuts after `start`.
 */
export function cuts(value: string, tree: Root, start: number): Cut[] {
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
export function continues(next: Root, cut: Cut) {
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
export function forcedCut(tree: Root, start: number, maxContainers: number): Cut | undefined {
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
export function truncate(cut: Cut) {
  cut.parent.children.pop()
}

/** After a forced cut, make the blocks it shortened end where their last child now ends. */
export function trimEnds(tree: Root) {
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
export function merge(out: Root, tree: Root, chain: readonly Spine[]) {
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
export function endPoint(value: string) {
  let line = 1
  let lineStart = 0
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: value.length - lineStart + 1, offset: value.length}
}
