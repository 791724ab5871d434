import type {Nodes as MdastNodes, Parent, RootContent} from 'mdast'

/**
 * Plain text of an mdast node. Inline content is joined as written; block content (list items,
 * quote paragraphs) is separated by newlines so words of adjacent blocks never run together.
 * Walks with an explicit stack, so no depth of nesting can overflow the call stack.
 */
export function toPlainText(node: MdastNodes): string {
  const own = leafText(node)
  if (own !== undefined) return own
  const stack: Array<{node: Parent; parts: string[]; next: number}> = [
    {node: node as Parent, parts: [], next: 0},
  ]
  for (;;) {
    const frame = stack[stack.length - 1] as (typeof stack)[number]
    const child = frame.node.children[frame.next++] as MdastNodes | undefined
    if (child !== undefined) {
      const text = leafText(child)
      if (text === undefined) stack.push({node: child as Parent, parts: [], next: 0})
      else frame.parts.push(text)
      continue
    }
    const text = isBlockContainer(frame.node as MdastNodes)
      ? frame.parts.filter((part) => part.trim() !== '').join('\n')
      : frame.parts.join('')
    stack.pop()
    const parent = stack[stack.length - 1]
    if (!parent) return text
    parent.parts.push(text)
  }
}

/** The text of a node without children; `undefined` for a node whose children say it. */
function leafText(node: MdastNodes): string | undefined {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value
    case 'break':
      return '\n'
    case 'image':
    case 'imageReference':
      return node.alt ?? ''
    case 'html':
    case 'definition':
    case 'thematicBreak':
    case 'yaml':
      return ''
    default:
      return 'children' in node ? undefined : ''
  }
}

/** Plain text of a run of blocks, paragraphs separated by a blank line. */
export function blocksToPlainText(blocks: readonly RootContent[]): string {
  return joinBlocks(blocks, '\n\n')
}

function joinBlocks(blocks: readonly RootContent[], separator: string): string {
  const parts: string[] = []
  for (const block of blocks) {
    const text = toPlainText(block)
    if (text.trim() !== '') parts.push(text)
  }
  return parts.join(separator)
}

function isBlockContainer(node: MdastNodes): boolean {
  return (
    node.type === 'root' ||
    node.type === 'list' ||
    node.type === 'listItem' ||
    node.type === 'blockquote' ||
    node.type === 'footnoteDefinition'
  )
}
