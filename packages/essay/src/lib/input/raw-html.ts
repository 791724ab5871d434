import type {Parent, PhrasingContent, RootContent} from 'mdast'
import {decodeReferences, htmlAllowlist} from '../render/html-allowlist.js'

/**
 * Raw HTML in an essay is never rendered as HTML: that is how nothing in an essay can run script.
 * Its visible text is kept, so no words of the author are lost. Comments and the content of
 * script-like elements are dropped; `<br>` stays a line break.
 */
export function replaceRawHtml(parent: Parent, state: ScanState = {skipUntil: undefined}): void {
  const children = parent.children as RootContent[]
  const result: RootContent[] = []
  // `<script>` inline in a paragraph arrives as three nodes: the tag, its body as text, the end
  // tag. The state carries “inside a stripped element” from one node to the next, and into and
  // out of emphasis and links: in `<style>*{}</style> b <style>*{}`, the `*`s make an emphasis
  // that holds the first end tag and the words after it.
  for (const child of children) {
    if (state.skipUntil && child.type !== 'html') {
      if (!phrasingParents.has(child.type) || !('children' in child)) continue
      replaceRawHtml(child, state)
      if (child.children.length > 0) result.push(child)
      continue
    }
    if (child.type === 'html') {
      const isBlock =
        parent.type === 'root' || parent.type === 'listItem' || parent.type === 'blockquote'
      const inline = htmlToPhrasing(child.value, state)
      // An HTML block is complete in itself: an unclosed element inside it ends with it.
      if (isBlock) state.skipUntil = undefined
      // A lone `<br>` between blocks breaks nothing: it has no words to keep.
      if (inline.length === 0 || (isBlock && inline.every((node) => node.type === 'break'))) {
        continue
      }
      if (isBlock) {
        const paragraph: RootContent = {type: 'paragraph', children: inline}
        if (child.position) paragraph.position = child.position
        result.push(paragraph)
      } else {
        result.push(...inline)
      }
      continue
    }
    if ('children' in child)
      replaceRawHtml(child, phrasingParents.has(child.type) ? state : undefined)
    result.push(child)
  }
  parent.children = result
}

/** Inline nodes whose children continue the text around them. */
const phrasingParents = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

const stripped = new Set(htmlAllowlist.strip)
const voidElements = new Set([
  'embed',
  'img',
  'br',
  'hr',
  'input',
  'meta',
  'link',
  'base',
  'source',
  'wbr',
  'area',
  'col',
  'param',
  'track',
])

interface ScanState {
  /** Name of the stripped element (script, style, …) whose end tag has not been seen yet. */
  skipUntil: string | undefined
}

/** Visible text of an HTML snippet, scanning once, character by character. */
export function htmlToPhrasing(
  html: string,
  state: ScanState = {skipUntil: undefined},
): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let text = ''
  let index = 0
  let skipUntil = state.skipUntil
  while (index < html.length) {
    const open = html.indexOf('<', index)
    const chunk = open === -1 ? html.slice(index) : html.slice(index, open)
    if (!skipUntil) text += chunk
    if (open === -1) break
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4)
      index = close === -1 ? html.length : close + 3
      continue
    }
    const close = html.indexOf('>', open + 1)
    if (close === -1) {
      if (!skipUntil) text += html.slice(open)
      break
    }
    const tag = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(
      html.slice(open, Math.min(close + 1, open + 40)),
    )
    index = close + 1
    if (!tag) {
      // Not a tag after all (`a < b`): it is text.
      if (!skipUntil) text += html.slice(open, close + 1)
      continue
    }
    const name = (tag[2] ?? '').toLowerCase()
    const closing = tag[1] === '/'
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = undefined
      continue
    }
    const selfClosing = html[close - 1] === '/' || voidElements.has(name)
    if (!closing && !selfClosing && stripped.has(name)) {
      skipUntil = name
      continue
    }
    if (name === 'br') {
      if (text) nodes.push({type: 'text', value: decodeReferences(text)})
      text = ''
      nodes.push({type: 'break'})
    }
  }
  state.skipUntil = skipUntil
  if (text.trim() !== '') nodes.push({type: 'text', value: decodeReferences(text)})
  return nodes
}
