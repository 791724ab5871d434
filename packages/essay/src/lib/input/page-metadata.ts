/**
 * What a page says of itself, in the places publishing platforms put it, as the frontmatter keys
 * the rest of Tsuzuri reads: `title`, `author`, `date`, `url`, `lang`. Read before the page is
 * reduced to its article (the head and the byline are not in it).
 */
import type {Element, Nodes, Root} from 'hast'
import {textOf} from './article.js'

/** First non-empty value wins, in this order, for each key. */
export function readPageMetadata(page: Root): Record<string, string> {
  const meta = new Map<string, string>()
  const links = new Map<string, string>()
  let htmlLang: string | undefined
  let titleTag: string | undefined
  let dataAuthor: string | undefined
  const pageHeadings: string[] = []
  let time: string | undefined
  const jsonLd: unknown[] = []
  visit(page, (node) => {
    const {properties} = node
    switch (node.tagName) {
      case 'html':
        htmlLang ??= stringOf(properties.lang)
        dataAuthor ??= stringOf(properties.dataAuthor)
        break
      case 'body':
        dataAuthor ??= stringOf(properties.dataAuthor)
        break
      case 'meta': {
        const key = stringOf(properties.property) ?? stringOf(properties.name)
        const content = stringOf(properties.content)
        if (key && content && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), content)
        break
      }
      case 'link': {
        const rel = Array.isArray(properties.rel)
          ? properties.rel.join(' ')
          : stringOf(properties.rel)
        const href = stringOf(properties.href)
        if (rel && href && !links.has(rel.toLowerCase())) links.set(rel.toLowerCase(), href)
        break
      }
      case 'title':
        titleTag ??= clean(textOf(node))
        break
      case 'h1': {
        const text = clean(textOf(node))
        if (text) pageHeadings.push(text)
        break
      }
      case 'time':
        time ??= stringOf(properties.dateTime)
        break
      case 'script':
        if (stringOf(properties.type) === 'application/ld+json')
          jsonLd.push(...parseJson(textOf(node)))
        break
    }
  })
  const linked = jsonLd.flatMap(expandGraph).find(isArticle)
  const named = meta.get('og:title') ?? stringOf(linked?.headline) ?? titleTag
  const entries: Array<[string, string | undefined]> = [
    ['title', titleOf(pageHeadings, named) ?? pageHeadings[0]],
    [
      'author',
      meta.get('author') ??
        nameOf(linked?.author) ??
        authorOfUrl(meta.get('article:author')) ??
        meta.get('twitter:creator') ??
        dataAuthor,
    ],
    [
      'date',
      dateOf(meta.get('article:published_time')) ??
        dateOf(stringOf(linked?.datePublished)) ??
        dateOf(time),
    ],
    ['url', links.get('canonical') ?? meta.get('og:url')],
    ['lang', htmlLang],
  ]
  const metadata: Record<string, string> = {}
  for (const [key, value] of entries) if (value) metadata[key] = value
  return metadata
}

/**
 * The post's title: of the page's `h1`s (a blog's name is often one too), the longest that the
 * title the page gives itself starts with (`og:title` and `<title>` often end in the site's
 * name: `Back at work – Small Hours`, `…｜木下 亮`); else that title as it is.
 */
function titleOf(headings: readonly string[], named: string | undefined): string | undefined {
  if (named === undefined) return undefined
  let best: string | undefined
  for (const heading of headings) {
    if (named.startsWith(heading) && heading.length > (best?.length ?? 0)) best = heading
  }
  return best ?? named
}

function visit(node: Nodes, enter: (element: Element) => void): void {
  if (node.type === 'element') enter(node)
  if ('children' in node) for (const child of node.children) visit(child, enter)
}

function stringOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  return clean(value)
}

function clean(value: string): string | undefined {
  const trimmed = value.replace(/\s+/g, ' ').trim()
  return trimmed === '' ? undefined : trimmed
}

function parseJson(text: string): unknown[] {
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value : [value]
  } catch {
    return []
  }
}

type LinkedData = Record<string, unknown>

function expandGraph(value: unknown): LinkedData[] {
  if (!value || typeof value !== 'object') return []
  const graph = (value as LinkedData)['@graph']
  return Array.isArray(graph) ? graph.filter(isObject) : [value as LinkedData]
}

function isObject(value: unknown): value is LinkedData {
  return typeof value === 'object' && value !== null
}

function isArticle(value: LinkedData): boolean {
  const type = value['@type']
  const types = Array.isArray(type) ? type : [type]
  return types.some((name) => typeof name === 'string' && /Article|Posting|Blog/.test(name))
}

/** A JSON-LD author: a name, a person, or a list of them (the first). */
function nameOf(author: unknown): string | undefined {
  if (typeof author === 'string') return clean(author)
  if (Array.isArray(author)) return nameOf(author[0])
  if (isObject(author)) return stringOf(author.name)
  return undefined
}

/** `article:author` is often a profile URL; only a name is an author. */
function authorOfUrl(value: string | undefined): string | undefined {
  return value && !/^https?:/i.test(value) ? value : undefined
}

/** The calendar date of an ISO date or date-time (`2026-03-04T09:00:00+09:00` → `2026-03-04`). */
function dateOf(value: string | undefined): string | undefined {
  return value ? /^\d{4}-\d\d-\d\d/.exec(value)?.[0] : undefined
}
