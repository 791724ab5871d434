import {isAttributionUrl} from '../input/attribution-url.js'
import type {Essay, Section} from '../types.js'

/** A JSON-LD node as `essayJsonLd` writes it: only strings, integers, nodes and lists of nodes. */
export interface JsonLdNode {
  [key: string]: string | number | JsonLdNode | JsonLdNode[]
}

/**
 * The essay as schema.org data, for a `<script type="application/ld+json">`: a `BlogPosting`
 * with its `headline` (the title), `author` (a `Person` named by frontmatter `author`),
 * `datePublished` (frontmatter `date`, an ISO 8601 date or date-time), `inLanguage` (`lang`) and
 * `url` (frontmatter `url`, only an absolute `http:` or `https:` URL), and `hasPart`: one
 * `WebPageElement` per section, nested as the sections are, with `name` (the heading) and a
 * `cssSelector` that finds the `<section id>` `toHtml` writes. A `strategies` section's
 * element has its items as its `mainEntity`: an `ItemList` of `ListItem`s with `position` and
 * `name` (the item's title). What is not known (no title, no author, a date that is not ISO
 * 8601) is left out rather than written empty.
 *
 * Everything is read from the essay as data and written as JSON strings: nothing in it becomes
 * markup. `scriptJson` makes the JSON safe inside a `<script>` element.
 */
export function essayJsonLd(essay: Essay): JsonLdNode {
  const frontmatter: Record<string, unknown> =
    essay.frontmatter && typeof essay.frontmatter === 'object' ? essay.frontmatter : {}
  const posting: JsonLdNode = {'@context': 'https://schema.org', '@type': 'BlogPosting'}
  const headline = text(essay.title)
  if (headline) posting.headline = headline
  const author = text(own(frontmatter, 'author'))
  if (author) posting.author = {'@type': 'Person', name: author}
  const date = publicationDate(own(frontmatter, 'date'))
  if (date) posting.datePublished = date
  const lang = text(essay.lang)
  if (lang && lang.toLowerCase() !== 'und') posting.inLanguage = lang
  const url = own(frontmatter, 'url')
  if (isAttributionUrl(url)) posting.url = url
  if (essay.sections.length > 0) posting.hasPart = essay.sections.map(sectionElement)
  return posting
}

/**
 * `value` as JSON that can sit inside a `<script>` element whatever its strings hold: `<`, `>`,
 * `&`, U+2028 and U+2029 are written as `\u003c`, `\u003e`, `\u0026`, `\u2028` and `\u2029`,
 * which JSON reads as the same characters. So no `</script>` can end the element and no `<!--`
 * can change how the browser reads the rest of it. (JSON.stringify writes these characters only
 * inside strings, where the escapes mean the same.)
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** The `<script type="application/ld+json">` element of `essayJsonLd`, ending in a newline. */
export function jsonLdScript(essay: Essay): string {
  return `<script type="application/ld+json">${scriptJson(essayJsonLd(essay))}</script>\n`
}

/**
 * A CSS selector for the element with `id`: `#` and the id as a CSS identifier, escaped as
 * `CSS.escape` does (an id may start with a digit, `1-ask`, or hold any character an
 * `idPrefix` brings).
 */
export function idSelector(id: string): string {
  return `#${cssEscape(id)}`
}

function sectionElement(section: Section): JsonLdNode {
  const element: JsonLdNode = {'@type': 'WebPageElement'}
  const name = text(section.heading)
  if (name) element.name = name
  if (section.id !== '') element.cssSelector = idSelector(section.id)
  const items = itemList(section)
  if (items) element.mainEntity = items
  if (section.children.length > 0) element.hasPart = section.children.map(sectionElement)
  return element
}

/** A strategies section's items as an `ItemList`, or `undefined` when it has none with a title. */
function itemList(section: Section): JsonLdNode | undefined {
  if (section.kind !== 'strategies' || !Array.isArray(section.items)) return undefined
  const names: string[] = []
  for (const item of section.items) {
    const name = text(item?.title)
    if (name) names.push(name)
  }
  if (names.length === 0) return undefined
  return {
    '@type': 'ItemList',
    numberOfItems: names.length,
    itemListElement: names.map((name, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name,
    })),
  }
}

/** Text with its ends trimmed, or `''` for anything that is not a string. */
function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

/** A key of the frontmatter's own, never one its prototype would answer. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})/
const isoTime = /^T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?$/

/**
 * Frontmatter `date` as schema.org reads a `Date` or `DateTime`: an ISO 8601 date-time
 * (`2026-03-04T09:00:00+09:00`) as it is written; otherwise the calendar date it starts with
 * (`2026-03-04`, also of `2026-03-04 09:00`); `undefined` for anything else (`March 4`, a
 * number, a date that does not exist such as `2026-02-30`).
 */
function publicationDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  const date = isoDate.exec(trimmed)
  if (!date) return undefined
  const [day, year, month, dayOfMonth] = date as unknown as [string, string, string, string]
  const monthNumber = Number(month)
  if (monthNumber < 1 || monthNumber > 12) return undefined
  // Day 0 of the next month is the last day of this one (months are 0-based in Date.UTC).
  const lastDay = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate()
  if (Number(dayOfMonth) < 1 || Number(dayOfMonth) > lastDay) return undefined
  const time = isoTime.exec(trimmed.slice(day.length))
  if (!time) return day
  const [, hours, minutes, seconds = '0', offsetHours = '0', offsetMinutes = '0'] = time
  const valid =
    Number(hours) <= 23 &&
    Number(minutes) <= 59 &&
    Number(seconds) <= 60 &&
    Number(offsetHours) <= 14 &&
    Number(offsetMinutes) <= 59
  return valid ? trimmed : day
}

/** `value` as a CSS identifier: the CSSOM's "serialize an identifier" (`CSS.escape`). */
function cssEscape(value: string): string {
  let result = ''
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const char = value.charAt(index)
    const digit = code >= 0x30 && code <= 0x39
    if (code === 0) result += '\ufffd'
    else if (
      (code >= 0x01 && code <= 0x1f) ||
      code === 0x7f ||
      (index === 0 && digit) ||
      (index === 1 && digit && value.charCodeAt(0) === 0x2d)
    )
      result += `\\${code.toString(16)} `
    else if (index === 0 && value.length === 1 && code === 0x2d) result += `\\${char}`
    else if (code >= 0x80 || code === 0x2d || code === 0x5f || digit || /[a-zA-Z]/.test(char))
      result += char
    else result += `\\${char}`
  }
  return result
}
