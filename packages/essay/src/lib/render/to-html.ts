import {assertOptionsObject, describe} from '../type-errors.js'
import type {Essay, Section} from '../types.js'
import {jsonLdScript} from './json-ld.js'
import {escapeAttribute} from './section-html.js'
import {assertSectionTree, isEssay} from './section-tree.js'

/** Configuration for `toHtml`. */
export interface ToHtmlOptions {
  /**
   * Append the essay as JSON in `<script type="application/json" data-tsuzuri-essay>`, so that
   * `<tsuzuri-essay>` wrapped around the HTML can enhance it without fetching or parsing.
   * Browsers never run such a script, and `<` is escaped so the JSON cannot close it.
   *
   * @default false
   */
  embedData?: boolean | null | undefined
  /**
   * Heading level of top-level section headings; deeper sections follow (capped at 6). The title
   * is one level above.
   *
   * @default 2
   */
  headingLevel?: number | null | undefined
  /**
   * Append the essay as schema.org structured data in `<script type="application/ld+json">`: a
   * `BlogPosting` with its headline, author, date, language and URL when known, its sections as
   * `WebPageElement`s whose `cssSelector` finds their `<section id>`, and each strategies
   * section's items as an `ItemList`. Written here, after the essay's HTML was sanitized, from
   * the essay's data only; `<`, `>`, `&`, U+2028 and U+2029 are escaped so no title or heading
   * can end the script.
   *
   * @default false
   */
  jsonLd?: boolean | null | undefined
}

const emptyOptions: ToHtmlOptions = Object.freeze({})

/**
 * Render a parsed essay as one HTML fragment: an `<article>` with the title and one
 * `<section id data-kind>` per section, nested as in the essay. Section HTML was sanitized when
 * the essay was parsed; headings and attributes are escaped here.
 *
 * @throws {TypeError} When `essay` is not an essay's shape, its sections nest deeper than
 *   `maxSectionDepth` or are not a tree (a section inside itself, or in two places), or
 *   `options` is malformed.
 */
export function toHtml(essay: Essay, options?: ToHtmlOptions | null): string {
  if (!isEssay(essay)) {
    throw new TypeError(
      `Expected \`essay\` to be an Essay returned by \`parseEssay\` (with \`lang\`, \`title\` and \`sections\`), not \`${describe(essay)}\``,
    )
  }
  assertSectionTree(essay.sections)
  assertOptionsObject(options)
  const settings = options ?? emptyOptions
  const level = settings.headingLevel ?? 2
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 6) {
    throw new TypeError(
      `Expected \`options.headingLevel\` to be an integer from 1 to 6, not \`${typeof level === 'number' ? level : describe(level)}\``,
    )
  }
  if (settings.embedData != null && typeof settings.embedData !== 'boolean') {
    throw new TypeError(
      `Expected \`options.embedData\` to be a boolean, not \`${describe(settings.embedData)}\``,
    )
  }
  if (settings.jsonLd != null && typeof settings.jsonLd !== 'boolean') {
    throw new TypeError(
      `Expected \`options.jsonLd\` to be a boolean, not \`${describe(settings.jsonLd)}\``,
    )
  }
  let html = `<article class="tsuzuri-essay" lang="${escapeAttribute(essay.lang)}">\n`
  if (essay.title !== null)
    html += `<h${Math.max(1, level - 1)}>${escapeAttribute(essay.title)}</h${Math.max(1, level - 1)}>\n`
  for (const section of essay.sections) html += renderSection(section, level)
  if (settings.embedData) {
    const json = JSON.stringify(essay)
      .replaceAll('<', '\\u003c')
      .replaceAll('\u2028', '\\u2028')
      .replaceAll('\u2029', '\\u2029')
    html += `<script type="application/json" data-tsuzuri-essay>${json}</script>\n`
  }
  if (settings.jsonLd) html += jsonLdScript(essay)
  return `${html}</article>\n`
}

function renderSection(section: Section, level: number): string {
  const depth = Math.min(level, 6)
  let html = `<section id="${escapeAttribute(section.id)}" data-kind="${escapeAttribute(section.kind)}">\n`
  if (section.heading !== null)
    html += `<h${depth}>${escapeAttribute(section.heading)}</h${depth}>\n`
  if (section.html) html += `${section.html}\n`
  for (const child of section.children) html += renderSection(child, level + 1)
  return `${html}</section>\n`
}
