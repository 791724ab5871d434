/**
 * HTML to hast, as `hast-util-from-html` does it (parse5, then `hast-util-from-parse5` with
 * positions), with one step between: elements nested deeper than `maxHtmlDepth` are unwrapped
 * first. parse5 builds any depth without recursion, but the conversion to hast, and everything
 * after it, recurses once per level: 10,000 nested `<div>`s would end in a stack overflow
 * instead of an essay. Browsers stop nesting at 512 levels; the text is kept either way.
 */
import type {Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {type DefaultTreeAdapterTypes, parse} from 'parse5'
import {VFile} from 'vfile'

type ParentNode = DefaultTreeAdapterTypes.ParentNode
type ChildNode = DefaultTreeAdapterTypes.ChildNode

/** Levels of elements kept; what is deeper is lifted to this level, in document order. */
export const maxHtmlDepth = 128

/** The page as hast, positions in `html`, and whether nesting had to be cut. */
export function htmlToHast(html: string): {tree: Root; flattened: boolean} {
  const document = parse(html, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  const flattened = limitDepth(document)
  return {tree: fromParse5(document, {file: new VFile(html)}) as Root, flattened}
}

/**
 * Unwrap every element below `maxHtmlDepth`: a node at that depth gets, as its children, the
 * text, comments and childless elements (`<br>`, `<img>`) of all it held, in order. Iterative.
 */
function limitDepth(document: ParentNode): boolean {
  let flattened = false
  const stack: Array<{node: ParentNode; depth: number}> = [{node: document, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop() as {node: ParentNode; depth: number}
    if (depth >= maxHtmlDepth) {
      if (node.childNodes.some((child) => 'childNodes' in child && child.childNodes.length > 0))
        flattened = true
      const leaves = leavesOf(node)
      for (const leaf of leaves) leaf.parentNode = node
      node.childNodes = leaves
      continue
    }
    for (const child of node.childNodes) {
      if ('childNodes' in child) stack.push({node: child, depth: depth + 1})
    }
    if ('content' in node) stack.push({node: node.content, depth: depth + 1})
  }
  return flattened
}

function leavesOf(node: ParentNode): ChildNode[] {
  const leaves: ChildNode[] = []
  // Children pushed in reverse, so they come off the stack in document order.
  const stack: ChildNode[] = [...node.childNodes].reverse()
  while (stack.length > 0) {
    const child = stack.pop() as ChildNode
    if ('childNodes' in child && child.childNodes.length > 0) {
      for (let index = child.childNodes.length - 1; index >= 0; index--) {
        stack.push(child.childNodes[index] as ChildNode)
      }
    } else leaves.push(child)
  }
  return leaves
}
