import type {Nodes as MdastNodes, RootContent} from 'mdast'

/**
 * Plain text of an mdast node. Inline content is joined as written; block content (list items,
 * quote paragraphs) is separated by newlines so words of adjacent blocks never run together.
 */
export function toPlainText(node: MdastNodes): string {
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
      if (!('children' in node)) return ''
      if (isBlockContainer(node)) {
        return joinBlocks(node.children as RootContent[], '\n')
      }
      return (node.children as RootContent[]).map(toPlainText).join('')
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
