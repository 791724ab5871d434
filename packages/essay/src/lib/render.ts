import type {Root as HastRoot} from 'hast'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import type {Definition, Root, RootContent} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import {sanitizeTree} from './sanitize.js'

/**
 * Sanitized HTML for a run of blocks. `definitions` are the essay's link definitions, so a
 * reference in one section can use a definition written in another.
 */
export function renderBlocks(
  blocks: readonly RootContent[],
  definitions: readonly Definition[],
): string {
  if (blocks.length === 0) return ''
  const root: Root = {type: 'root', children: [...blocks, ...definitions]}
  const hast = toHast(root) as HastRoot
  return hastToHtml(sanitizeTree(hast))
}
