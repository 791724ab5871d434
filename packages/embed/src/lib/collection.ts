import type {
  Collection,
  CollectionEssay,
  CollectionFacets,
  CollectionItem,
  CollectionSection,
  Kind,
} from '@tsuzuri/essay'
import {safeUrl} from './allowlist.js'
import {LoadError} from './errors.js'
import {type FetchOptions, fetchBody} from './fetch.js'

/**
 * What failed: `not-found` (HTTP 404 or 410), `http` (another HTTP error), `network` (offline,
 * DNS, refused, or blocked by CORS), `timeout`, `too-large` (larger than `max-size`),
 * `not-collection` (not JSON, or JSON that is not a collection), `version` (a collection of a
 * format version this element does not read).
 */
export type CollectionErrorCode =
  | 'not-found'
  | 'http'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'not-collection'
  | 'version'

/** Why a collection could not be shown. */
export class CollectionError extends Error {
  /** What failed. */
  readonly code: CollectionErrorCode
  /** The URL that failed, or `''`. */
  readonly url: string
  /** The HTTP status, or `0`. */
  readonly status: number

  constructor(code: CollectionErrorCode, message = '', url = '', status = 0) {
    super(message)
    this.code = code
    this.url = url
    this.status = status
  }
}

/** One thing the digest lists: an item of a strategies section, or a section of another kind. */
export interface Entry {
  /** The essay it comes from (checked by `toCollection`). */
  essay: CollectionEssay
  /** The item's title or the section's heading (`''` for an untitled section). */
  title: string
  /** Its short text (may be `''`). */
  text: string
  /** `url#section-id` in the original post, or `''` when the essay has no `url`. */
  href: string
  /** Title, text, the essay's title, author and tags, normalized for search (see `normalize`). */
  words: string
}

/** The reader's (and the page's) filters. `''` lets everything through. */
export interface Filters {
  tag: string
  lang: string
  query: string
}

/**
 * Fetch a collection (the `collection.json` that `tsuzuri index` writes) as the essay element
 * fetches an essay (`fetchBody`: `max-size`, `timeout`), then check it. A JSON type, or a generic
 * one (`text/plain`, as raw.githubusercontent.com serves JSON, or none) is read as UTF-8 JSON;
 * anything else (an HTML page, an image) is not a collection.
 *
 * @throws {CollectionError} For everything but an abort (which rejects with the signal's reason).
 */
export async function fetchCollection(url: string, options: FetchOptions): Promise<Collection> {
  let body: Uint8Array
  let type: string
  try {
    ;[body, type] = await fetchBody(url, options)
  } catch (error) {
    if (!(error instanceof LoadError)) throw error
    // fetchBody's codes are the first five of both elements.
    throw new CollectionError(error.code as CollectionErrorCode, error.message, url, error.status)
  }
  const essence = (type.split(';')[0] ?? '').trim().toLowerCase()
  if (
    !/^(?:|text\/plain|application\/octet-stream|(?:application|text)\/(?:[\w.-]+\+)?json)$/.test(
      essence,
    )
  ) {
    throw new CollectionError('not-collection', `content type ${essence}`, url)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(body)
  } catch {
    throw new CollectionError('not-collection', 'binary, or not UTF-8 text', url)
  }
  return collectionFromJson(text, url)
}

/** Read the JSON of a collection. */
export function collectionFromJson(text: string, url = ''): Collection {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new CollectionError('not-collection', 'invalid JSON', url)
  }
  return toCollection(value, url)
}

type Data = Record<string, unknown>

/**
 * Check untrusted data (JSON from anywhere, the `collection` property) and return a copy the
 * element can show: version 1 only; the fields it reads get their types (a `url` that is not an
 * absolute `http:` or `https:` URL becomes `null`, a `lang` that is not a language tag `''`);
 * entries that are not objects are left out.
 *
 * @throws {CollectionError} `version` for another version, `not-collection` for anything else
 *   that is not an object with `version` and an `essays` array.
 */
export function toCollection(value: unknown, url = ''): Collection {
  if (!isData(value)) throw new CollectionError('not-collection', 'not an object', url)
  if (value.version !== 1) {
    throw 'version' in value
      ? new CollectionError(
          'version',
          `version ${JSON.stringify(value.version)}, where this element reads version 1`,
          url,
        )
      : new CollectionError('not-collection', 'no `version`', url)
  }
  if (!Array.isArray(value.essays)) throw new CollectionError('not-collection', 'no `essays`', url)
  const facets = isData(value.facets) ? value.facets : {}
  return {
    ...value,
    version: 1,
    essays: value.essays.filter(isData).map(toEssay),
    facets: {
      tags: list(facets.tags),
      languages: list(facets.languages),
      kinds: list(facets.kinds),
    } as CollectionFacets,
    skipped: list(value.skipped) as Collection['skipped'],
  }
}

function toEssay(value: Data): CollectionEssay {
  const kinds: Data = isData(value.kinds) ? value.kinds : {}
  return {
    ...value,
    id: text(value.id),
    file: text(value.file) || null,
    title: text(value.title) || null,
    author: text(value.author) || null,
    date: text(value.date) || null,
    url: httpUrl(value.url),
    lang: /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(text(value.lang)) ? text(value.lang) : '',
    tags: list(value.tags)
      .map(text)
      .filter((tag) => tag !== ''),
    kinds: Object.fromEntries(
      Object.entries(kinds).map(([kind, sections]) => [
        kind,
        list(sections).filter(isData).map(toSection),
      ]),
    ),
  }
}

function toSection(value: Data): CollectionSection {
  const section: CollectionSection = {
    id: text(value.id),
    heading: text(value.heading) || null,
    text: text(value.text),
  }
  if (Array.isArray(value.items)) {
    section.items = value.items.filter(isData).map(
      (item): CollectionItem => ({
        title: text(item.title),
        text: text(item.text),
        section: text(item.section),
      }),
    )
  }
  return section
}

/**
 * What the digest lists for `kind`, essay by essay, in the collection's order. For `strategies`:
 * every item of every strategies section, and each strategies section with text that has no
 * items and that no item points at (advice the parser found no items in, such as numbered
 * headings without lists: the section is one strategy, its heading numbering left out). For
 * other kinds: each section of that kind with text of its own.
 */
export function entriesOf(collection: Collection, kind: string): Entry[] {
  return collection.essays.flatMap((essay) => {
    const sections = essay.kinds[kind as Kind] ?? []
    const entry = (title: string, body: string, id: string): Entry => ({
      essay,
      title,
      text: body,
      href: essay.url ? withHash(essay.url, id) : '',
      words: normalize([title, body, essay.title, essay.author, ...essay.tags].join('\n')),
    })
    if (kind !== 'strategies') {
      return sections
        .filter((section) => section.text !== '')
        .map((section) => entry(section.heading ?? '', section.text, section.id))
    }
    const pointed = new Set(
      sections.flatMap((section) => section.items ?? []).map((item) => item.section),
    )
    return sections.flatMap((section) =>
      section.items?.length
        ? section.items
            .filter((item) => item.title !== '')
            .map((item) => entry(item.title, item.text, item.section || section.id))
        : section.text !== '' && !pointed.has(section.id)
          ? [entry(unnumbered(section.heading ?? ''), section.text, section.id)]
          : [],
    )
  })
}

/** Whether an entry passes the filters: its essay's tag and language, and every word searched. */
export function matches(entry: Entry, {tag, lang, query}: Filters): boolean {
  const {essay} = entry
  return (
    (!tag || essay.tags.includes(tag)) &&
    (!lang || inLanguage(essay.lang, lang)) &&
    normalize(query)
      .split(/\s+/)
      .every((word) => entry.words.includes(word))
  )
}

/** Whether a language tag is `wanted` or one of its variants (`ja-JP` for `ja`). */
export function inLanguage(tag: string, wanted: string): boolean {
  const lower = tag.toLowerCase()
  const prefix = wanted.toLowerCase()
  return lower === prefix || lower.startsWith(`${prefix}-`)
}

/**
 * Text as search compares it: NFKC (full-width letters and digits as ASCII, half-width kana as
 * full-width), lower case.
 */
export function normalize(value: string): string {
  return value.normalize('NFKC').toLowerCase()
}

/**
 * A value counted per distinct `of` (a tag, a language) over the entries' essays, most frequent
 * first, then in code unit order, as the collection's facets are.
 */
export function tally(entries: readonly Entry[], of: (essay: CollectionEssay) => string[]) {
  const counts = new Map<string, number>()
  for (const essay of new Set(entries.map((entry) => entry.essay))) {
    for (const value of new Set(of(essay))) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
}

/** An absolute `http:` or `https:` URL, or `null` (a forged collection can hold any string). */
function httpUrl(value: unknown): string | null {
  const url = safeUrl(text(value), ['http', 'https'])
  return url && /^https?:\/\/[^/]/i.test(url) ? url : null
}

/** `url` with `#id` (percent-encoded where a fragment needs it) in place of its own fragment. */
function withHash(url: string, id: string): string {
  try {
    const link = new URL(url)
    link.hash = id
    return link.href
  } catch {
    return ''
  }
}

/** A heading without its leading number or mark (`1.`, `(2)`, `③`). */
function unnumbered(heading: string): string {
  return heading.replace(/^(?:[(（][0-9０-９]+[)）]|[0-9０-９]+[.)．、](?![0-9])|[①-⑳])\s*/, '')
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
