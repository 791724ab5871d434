import type {Nodes, Parent, Root, RootContent} from 'mdast'
import {toPlainText} from '../mdast-text.js'
import type {EssayWarning} from '../types.js'

/**
 * How deep nodes may nest before their content is flattened. Essays nest a few levels; Markdown
 * allows thousands (`- - - - …`), which would overflow the stack of every recursive tree walk
 * downstream (ours, mdast-util-to-hast, serializers).
 */
export const maxNesting = 48

const blockContainers = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

/**
 * Flatten whatever nests deeper than `maxNesting`: the node at that depth keeps its type, and
 * its content becomes the plain text of everything below it, in order, so no word is lost.
 * Works with an explicit stack, never recursion. Returns a warning per flattened node's line.
 */
export function flattenDeepNesting(tree: Root): EssayWarning[] {
  const warnings: EssayWarning[] = []
  const stack: Array<{node: Parent; depth: number}> = [{node: tree, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop() as {node: Parent; depth: number}
    if (depth >= maxNesting) {
      flatten(node)
      warnings.push({
        message: `Content nested more than ${maxNesting} levels deep was flattened to plain text: nest less deeply to keep its formatting`,
        line: node.position?.start.line ?? null,
        ruleId: 'deep-nesting',
      })
      continue
    }
    for (const child of node.children) {
      if ('children' in child) stack.push({node: child as Parent, depth: depth + 1})
    }
  }
  return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

function flatten(node: Parent) {
  const text = toPlainText(node as Nodes)
  const value = {type: 'text', value: text} as const
  if (node.type === 'list') {
    node.children = [
      {type: 'listItem', spread: false, children: [{type: 'paragraph', children: [value]}]},
    ] as RootContent[] as Parent['children']
  } else if (blockContainers.has(node.type)) {
    node.children = [{type: 'paragraph', children: [value]}] as Parent['children']
  } else {
    node.children = [value] as Parent['children']
  }
}
