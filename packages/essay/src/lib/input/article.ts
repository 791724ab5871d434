/**
 * A page reduced to its article: what a reader reads, without navigation, sidebars, share bars,
 * comment forms, cookie banners and ads.
 *
 * Written on hast rather than with `@mozilla/readability` for two measured reasons: Readability
 * needs a DOM, which Node and a worker lack (with `linkedom`, 153 kB gzipped against this file's
 * ~1 kB), and it returns the article as a new HTML string, so every position would point into that
 * string instead of the HTML the user gave. Its core idea is kept: elements whose class or id says
 * they are furniture go first, then the article is the deepest element that still holds nearly all
 * of the page's text.
 */
import type {Element, Nodes, Root} from 'hast'

/** Elements that are never the essay's text. */
const furnitureTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'iframe',
  'select',
  'textarea',
  'input',
  'dialog',
  'footer',
  'svg',
  'canvas',
  'object',
  'embed',
])

/** Class or id words of furniture (WordPress, note, Hatena, Ameblo, Medium, Substack themes). */
const furnitureName =
  /(?:^|[\s_-])(?:share\w*|sharing|social|sns|related\w*|recommend(?:ed|ations)?|comments?|respond|reply|sidebar|widgets?|breadcrumbs?|pagination|pager|navigation|nav|menu|cookie|consent|gdpr|banner|advert(?:isement)?|ads?|adsense|sponsor(?:ed)?|promo|subscribe|subscription|newsletter|follow|clap|applause|author-?box|profile|signup|popup|modal|toolbar|tags?|categor(?:y|ies)|post-?meta|entry-?meta|entry-?footer|byline|read-?time|reading-?time|publish-?date|author-?(?:name|photo|info))(?:$|[\s_-])/i

/** Of the page's text, the share the article must hold (the rest is what furniture is left). */
const articleShare = 0.8

/** The plain text of a hast node. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (!('children' in node)) return ''
  let text = ''
  for (const child of node.children) text += textOf(child)
  return text
}

/**
 * The article of a page, furniture removed. A page that marks its article body
 * (`itemprop="articleBody"`) is taken at its word; otherwise the deepest element holding at
 * least 80 % of the text left. A fragment with no such element is its own article.
 */
export function findArticle(page: Root): Element {
  const body = find(page, (node) => node.tagName === 'body') ?? wrap(page)
  const before = new Map<Nodes, number>()
  removeFurniture(body, weightOf(body, before), before)
  // Weights once more, of what is left, each node's counted once.
  const weights = new Map<Nodes, number>()
  const total = weightOf(body, weights)
  const marked = find(body, (node) => node.properties.itemProp?.toString() === 'articleBody')
  if (marked && (weights.get(marked) ?? 0) > 0) return marked
  let article: Element = body
  for (;;) {
    const inner = article.children.find(
      (child): child is Element =>
        child.type === 'element' && (weights.get(child) ?? 0) >= total * articleShare,
    )
    if (!inner) return article
    article = inner
  }
}

/** The children of a root (a fragment) as one element. */
function wrap(page: Root): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: {},
    children: page.children.filter((child) => child.type !== 'doctype'),
  } as Element
}

/**
 * Remove furniture: its tags, hidden elements, and elements whose class or id names it, unless
 * such an element holds half the page's text (a wrapper such as `<div class="has-sidebar">`).
 */
function removeFurniture(node: Element, total: number, weights: Map<Nodes, number>): void {
  node.children = node.children.filter((child) => {
    if (child.type === 'comment') return false
    if (child.type !== 'element') return true
    if (furnitureTags.has(child.tagName) || isHidden(child)) return false
    if (namesFurniture(child) && (weights.get(child) ?? 0) < total / 2) return false
    removeFurniture(child, total, weights)
    return true
  })
}

function namesFurniture(node: Element): boolean {
  const {id, role, dataTestid} = node.properties
  // Test ids are camelCase (`storyReadTime`): as words, `story-Read-Time`.
  const names = `${classesOf(node)} ${id ?? ''} ${dataTestid ?? ''}`.replace(
    /([a-z])([A-Z])/g,
    '$1-$2',
  )
  return furnitureName.test(names) || role === 'navigation' || role === 'complementary'
}

function isHidden(node: Element): boolean {
  const style = String(node.properties.style ?? '').replace(/\s/g, '')
  return (
    node.properties.hidden === true ||
    node.properties.ariaHidden === 'true' ||
    /display:none|visibility:hidden/i.test(style)
  )
}

/**
 * Text a reader reads in a node, each element's noted in `weights`: link text counts a third
 * (menus and lists of links are not prose).
 */
function weightOf(node: Nodes, weights: Map<Nodes, number>): number {
  if (node.type === 'text') return node.value.trim().length
  if (!('children' in node)) return 0
  let weight = 0
  for (const child of node.children) weight += weightOf(child, weights)
  if (node.type === 'element' && node.tagName === 'a') weight /= 3
  weights.set(node, weight)
  return weight
}

/** An element's classes, space-separated. */
export function classesOf(node: Element): string {
  const {className} = node.properties
  return Array.isArray(className) ? className.join(' ') : String(className ?? '')
}

/** The first element, in document order, that passes `test`. */
export function find(node: Nodes, test: (element: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node
  if (!('children' in node)) return undefined
  for (const child of node.children) {
    const found = find(child, test)
    if (found) return found
  }
  return undefined
}
