/**
 * A WordPress export (WXR, the `.xml` of Tools → Export): its published posts, each as the page
 * WordPress would show (title, author, date and link as the page's metadata), for the HTML reader.
 * Read with `xast-util-from-xml`, the unified collective's XML parser.
 */
import type {Element, Root} from 'xast'
import {fromXml} from 'xast-util-from-xml'
import {escapeAttribute, escapeText} from '../lib/render/section-html.js'
import {toFileName} from './file-name.js'
import {InputError} from './read-input.js'

export interface ExportedPost {
  /** The post's slug (`wp:post_name`), decoded; `post-<id>` when it has none. */
  slug: string
  /** The post as a small HTML page. */
  html: string
}

export interface WordPressExport {
  posts: ExportedPost[]
  /** What was not a published post, by what it was: `draft`, `page`, `attachment`… */
  skipped: Map<string, number>
}

/** Whether an XML file is a WordPress export. */
export function isWordPressExport(text: string): boolean {
  return /xmlns:wp="http:\/\/wordpress\.org\/export\//.test(text.slice(0, 4096))
}

export function readWordPressExport(xml: string): WordPressExport {
  let tree: Root
  try {
    tree = fromXml(xml)
  } catch (error) {
    const place = (error as {place?: {line?: number}}).place
    const reason = (error as {reason?: string}).reason ?? String(error)
    throw new InputError(
      `is not well-formed XML${place?.line ? ` (line ${place.line})` : ''}: ${reason}: export it again from WordPress`,
    )
  }
  const channel = find(tree, 'channel')
  if (!channel) throw new InputError('is not a WordPress export (no <channel>)')
  const authors = new Map<string, string>()
  for (const author of children(channel, 'wp:author')) {
    const login = text(author, 'wp:author_login')
    const name = text(author, 'wp:author_display_name')
    if (login && name) authors.set(login, name)
  }
  const posts: ExportedPost[] = []
  const skipped = new Map<string, number>()
  const skip = (what: string) => skipped.set(what, (skipped.get(what) ?? 0) + 1)
  for (const item of children(channel, 'item')) {
    const type = text(item, 'wp:post_type') || 'post'
    const status = text(item, 'wp:status') || 'publish'
    if (type !== 'post') skip(type)
    else if (status !== 'publish') skip(status)
    else posts.push(toPost(item, authors))
  }
  return {posts, skipped}
}

/**
 * The post as WordPress shows it. The blog's `<language>` is left out: a post may be written in
 * another, and the parser tells it from the text.
 */
function toPost(item: Element, authors: Map<string, string>): ExportedPost {
  const title = text(item, 'title')
  const login = text(item, 'dc:creator')
  const date = /^\d{4}-\d\d-\d\d/.exec(text(item, 'wp:post_date'))?.[0] ?? ''
  const link = text(item, 'link')
  let slug = text(item, 'wp:post_name')
  try {
    slug = decodeURIComponent(slug)
  } catch {}
  slug = toFileName(slug)
  const head = [
    `<title>${escapeText(title)}</title>`,
    meta('author', authors.get(login) ?? login),
    meta('article:published_time', date),
    link ? `<link rel="canonical" href="${escapeAttribute(link)}">` : '',
  ].join('')
  const body = `<article><h1>${escapeText(title)}</h1>\n${withParagraphs(text(item, 'content:encoded'))}</article>`
  return {
    slug: slug || `post-${text(item, 'wp:post_id') || 'untitled'}`,
    html: `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
  }
}

/**
 * A classic-editor post is stored without `<p>`: WordPress adds them when it shows the post
 * (`wpautop`), a paragraph per blank line and a `<br>` per line break, around what is already a
 * block (`<h2>`, `<ul>`, a block editor's `<!-- wp:… -->` and its `<p>`).
 */
function withParagraphs(content: string): string {
  return content
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => (blockStart.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n')
}

const blockStart =
  /^<(?:!--|p|h[1-6]|ul|ol|dl|div|blockquote|figure|table|pre|hr|section|aside|details|iframe)[\s>/]/i

function meta(name: string, content: string): string {
  return content ? `<meta name="${name}" content="${escapeAttribute(content)}">` : ''
}

function find(node: Root | Element, name: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.name === name) return child
    const found = find(child, name)
    if (found) return found
  }
  return undefined
}

function children(node: Element, name: string): Element[] {
  return node.children.filter(
    (child): child is Element => child.type === 'element' && child.name === name,
  )
}

/** The text (and CDATA) of the first child element called `name`, trimmed; `''` when none. */
function text(node: Element, name: string): string {
  const element = children(node, name)[0]
  if (!element) return ''
  let value = ''
  for (const child of element.children) {
    if (child.type === 'text' || child.type === 'cdata') value += child.value
  }
  return value.trim()
}
