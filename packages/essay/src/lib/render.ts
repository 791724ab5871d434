import type {Root as HastRoot} from 'hast'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import type {Definition, Root, RootContent} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import {sanitizeTree} from './sanitize.js'

/**
 * Sanitized HTML for a run of blocks. `definitions` are the essay's link definitions, so a
 * reference in one section can use a definition written in another.
 */
/** `HTTPS://…` is as safe as `https://…`, but the sanitizer matches protocols case-sensitively. */
function lowercaseProtocols(node: Root | RootContent) {
  if (
    (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
    /^[A-Za-z][A-Za-z0-9+.-]{0,20}:/.test(node.url)
  ) {
    const colon = node.url.indexOf(':')
    node.url = node.url.slice(0, colon).toLowerCase() + node.url.slice(colon)
  }
  if ('children' in node) for (const child of node.children) lowercaseProtocols(child)
}

export function renderBlocks(
  blocks: readonly RootContent[],
  definitions: readonly Definition[],
): string {
  if (blocks.length === 0) return ''
  const root: Root = {type: 'root', children: [...blocks, ...definitions]}
  lowercaseProtocols(root)
  const hast = toHast(root) as HastRoot
  return hastToHtml(sanitizeTree(hast))
}
