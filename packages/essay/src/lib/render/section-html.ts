import type {Definition, Nodes, RootContent, Table} from 'mdast'
import {toPlainText} from '../mdast-text.js'
import {htmlAllowlist, safeUrl} from './html-allowlist.js'

/**
 * Safe HTML for a run of blocks, written straight from the Markdown tree.
 *
 * Safe by construction rather than by cleaning up afterwards: only the elements below are ever
 * written (all in `htmlAllowlist`), every text and attribute is escaped, raw HTML was already
 * turned into text, and a URL whose protocol is not allowed is dropped (a link keeps its words).
 * This is also far smaller than mdast-util-to-hast + hast-util-sanitize + hast-util-to-html,
 * which matters for the element's parser chunk.
 *
 * `definitions` are the essay's link definitions, so a reference in one section can use a
 * definition written in another.
 */
export function renderBlocks(
  blocks: readonly RootContent[],
  definitions: readonly Definition[],
): string {
  if (blocks.length === 0) return ''
  const byLabel = new Map<string, Definition>()
  for (const definition of definitions) {
    const key = normalizeLabel(definition.identifier)
    if (!byLabel.has(key)) byLabel.set(key, definition)
  }
  return renderChildren(blocks, {definitions: byLabel, tight: false}, '\n')
}

/**
 * Whether a block is written as one element of its own at the top of `renderBlocks`' HTML (the
 * others, link definitions, write nothing there): strategy items count their place by it.
 */
export function rendersElement(block: RootContent): boolean {
  return elementTypes.has(block.type)
}

const elementTypes = new Set([
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'code',
  'table',
  'footnoteDefinition',
])

interface State {
  definitions: ReadonlyMap<string, Definition>
  /** Inside a tight list item, paragraphs are written without `<p>`. */
  tight: boolean
}

function renderChildren(nodes: readonly Nodes[], state: State, separator = ''): string {
  let html = ''
  for (const node of nodes) {
    const part = render(node, state)
    if (part === '') continue
    html += html === '' ? part : separator + part
  }
  return html
}

function render(node: Nodes, state: State): string {
  switch (node.type) {
    case 'paragraph': {
      const inner = renderChildren(node.children, state)
      return state.tight ? inner : `<p>${inner}</p>`
    }
    case 'heading':
      return `<h${node.depth}>${renderChildren(node.children, state)}</h${node.depth}>`
    case 'thematicBreak':
      return '<hr>'
    case 'blockquote':
      return `<blockquote>\n${renderChildren(node.children, {...state, tight: false}, '\n')}\n</blockquote>`
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul'
      const start =
        node.ordered && node.start != null && node.start !== 1 ? ` start="${node.start}"` : ''
      const tight = !(node.spread || node.children.some((item) => item.spread))
      const items = node.children.map((item) => {
        const inner = renderChildren(item.children, {...state, tight}, '\n')
        return tight ? `<li>${inner}</li>` : `<li>\n${inner}\n</li>`
      })
      return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`
    }
    case 'table':
      return renderTable(node, state)
    case 'footnoteReference':
      return escapeText(`[^${node.label ?? node.identifier}]`)
    case 'footnoteDefinition': {
      // Written as the author wrote it (`[^1]: note`), as without remark-gfm.
      const label: Nodes = {type: 'text', value: `[^${node.label ?? node.identifier}]: `}
      const [first, ...rest] = node.children
      const lead: Nodes =
        first?.type === 'paragraph'
          ? {...first, children: [label, ...first.children]}
          : {type: 'paragraph', children: [label]}
      return renderChildren(
        first?.type === 'paragraph' ? [lead, ...rest] : [lead, ...node.children],
        {...state, tight: false},
        '\n',
      )
    }
    case 'code':
      return `<pre><code>${escapeText(node.value)}${node.value ? '\n' : ''}</code></pre>`
    case 'text':
      return escapeText(node.value)
    case 'emphasis':
      return `<em>${renderChildren(node.children, state)}</em>`
    case 'strong':
      return `<strong>${renderChildren(node.children, state)}</strong>`
    case 'delete':
      return `<del>${renderChildren(node.children, state)}</del>`
    case 'inlineCode':
      return `<code>${escapeText(node.value)}</code>`
    case 'break':
      return '<br>\n'
    case 'link':
      return renderLink(node.url, node.title, renderChildren(node.children, state))
    case 'image':
      return renderImage(node.url, node.title, node.alt)
    case 'linkReference':
    case 'imageReference': {
      const definition = state.definitions.get(normalizeLabel(node.identifier))
      if (!definition) return escapeText(referenceSource(node))
      return node.type === 'linkReference'
        ? renderLink(definition.url, definition.title, renderChildren(node.children, state))
        : renderImage(definition.url, definition.title, node.alt)
    }
    default:
      // html (already turned into text), definition, and anything without visible output.
      return 'children' in node ? renderChildren(node.children as Nodes[], state) : ''
  }
}

/** A GFM table (remark-gfm): the first row is the head, alignment as `align`. */
function renderTable(node: Table, state: State): string {
  const rows = node.children.map((row, index) => {
    const tag = index === 0 ? 'th' : 'td'
    const cells = row.children.map((cell, column) => {
      const align = node.align?.[column]
      const attribute = align ? ` align="${align}"` : ''
      return `<${tag}${attribute}>${renderChildren(cell.children, state)}</${tag}>`
    })
    return `<tr>\n${cells.join('\n')}\n</tr>`
  })
  const [head, ...body] = rows
  const tbody = body.length > 0 ? `\n<tbody>\n${body.join('\n')}\n</tbody>` : ''
  return `<table>\n<thead>\n${head ?? ''}\n</thead>${tbody}\n</table>`
}

function renderLink(url: string, title: string | null | undefined, inner: string): string {
  const href = encodedUrl(url, htmlAllowlist.protocols.href)
  if (href === undefined) return inner
  return `<a href="${escapeAttribute(href)}"${title ? ` title="${escapeAttribute(title)}"` : ''}>${inner}</a>`
}

function renderImage(
  url: string,
  title: string | null | undefined,
  alt: string | null | undefined,
) {
  const src = encodedUrl(url, htmlAllowlist.protocols.src)
  // An image that may not load is shown as its description, so no words are lost.
  if (src === undefined) return escapeText(alt ?? '')
  return `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt ?? '')}"${title ? ` title="${escapeAttribute(title)}"` : ''}>`
}

/** The Markdown of a reference with no definition, as the author wrote it. */
function referenceSource(node: Extract<Nodes, {type: 'linkReference' | 'imageReference'}>) {
  const inner =
    node.type === 'imageReference'
      ? (node.alt ?? '')
      : toPlainText({type: 'paragraph', children: node.children})
  const open = node.type === 'imageReference' ? '![' : '['
  const suffix =
    node.referenceType === 'full'
      ? `[${node.label ?? node.identifier}]`
      : node.referenceType === 'collapsed'
        ? '[]'
        : ''
  return `${open}${inner}]${suffix}`
}

/**
 * The URL to write, percent-encoded, or `undefined` when its protocol is not allowed (read as a
 * browser reads it: `safeUrl`).
 */
function encodedUrl(url: string, protocols: readonly string[]): string | undefined {
  const safe = safeUrl(url, protocols)
  return safe === undefined ? undefined : encodeUrl(safe)
}

function encodeUrl(url: string): string {
  return url.replace(/[^\x21-\x7e]|["<>\\^`{|}]/gu, (char) => {
    try {
      return encodeURIComponent(char)
    } catch {
      return '%EF%BF%BD'
    }
  })
}

function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase()
}

/** Text escaped for element content. */
export function escapeText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** Text escaped for element content and double-quoted attribute values. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replaceAll('"', '&quot;')
}
