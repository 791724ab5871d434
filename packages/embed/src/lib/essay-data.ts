import type {Essay, ItemPlace, Kind, Section, StrategyItem} from '@tsuzuri/essay'
// The parser's list of kinds, from a module of its own without dependencies.
import {kinds} from '@tsuzuri/essay/kinds'
import {LoadError} from './errors.js'

export {kinds}

/** Kinds shown when `show` is not set. */
export const defaultShow = 'experience feelings strategies'

type Data = Record<string, unknown>

/**
 * Check untrusted data (JSON from anywhere, the `essay` property) and return a copy the element
 * can render: the fields it reads get the right types (unknown kinds become `other`, a bad `lang`
 * becomes `und`, nesting stops at 8 levels); the others are copied as they are.
 *
 * @throws {LoadError} (`not-essay`) When `value` is not an object with a `sections` array.
 */
export function toEssay(value: unknown, url = ''): Essay {
  if (!isData(value) || !Array.isArray(value.sections)) {
    throw new LoadError('not-essay', 'no `sections`', url)
  }
  return {
    ...value,
    title: string(value.title) || null,
    lang: /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(string(value.lang)) ? string(value.lang) : 'und',
    frontmatter: isData(value.frontmatter) ? value.frontmatter : {},
    sections: toSections(value.sections, 0),
    warnings: [],
  }
}

function toSections(values: unknown[], depth: number): Section[] {
  return values.filter(isData).map((value): Section => {
    const kind = value.kind as Kind
    const section = {
      ...value,
      id: string(value.id),
      kind: kinds.includes(kind) ? kind : 'other',
      heading: typeof value.heading === 'string' ? value.heading : null,
      html: string(value.html),
      children:
        Array.isArray(value.children) && depth < 8 ? toSections(value.children, depth + 1) : [],
    } as Section
    if (Array.isArray(value.items)) {
      section.items = value.items
        .filter((item): item is Data => isData(item) && typeof item.title === 'string')
        .map(
          (item): StrategyItem => ({
            title: item.title as string,
            text: string(item.text),
            section: string(item.section),
            at: toPlace(item.at),
          }),
        )
    } else delete section.items
    return section
  })
}

/** An item's place as the parser writes it, or `null` (then it is listed apart, not ticked in place). */
function toPlace(value: unknown): ItemPlace | null {
  if (!isData(value)) return null
  if (isIndex(value.subsection)) return {subsection: value.subsection}
  if (!isIndex(value.block)) return null
  if (isIndex(value.listItem)) return {block: value.block, listItem: value.listItem}
  if (isIndex(value.sentence)) return {block: value.block, sentence: value.sentence}
  return {block: value.block}
}

function isIndex(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0
}

/**
 * Parse the `show` attribute: known kinds, in order, without duplicates. Unknown words are
 * ignored; without a known kind, the default kinds.
 */
export function parseShow(value: string | null | undefined): Kind[] {
  const words = (value?.trim() || defaultShow).toLowerCase().split(/\s+/) as Kind[]
  const shown = words.filter((word, index) => kinds.includes(word) && words.indexOf(word) === index)
  return shown.length > 0 ? shown : parseShow(defaultShow)
}

/**
 * The sections a tab (or stack group) for `kind` lists. A section of that kind is listed with its
 * subsections, except those of another shown kind: they are listed under their own kind. Sections
 * of kinds that are not shown are skipped, but their subsections are searched.
 */
export function sectionsOfKind(
  sections: readonly Section[],
  kind: Kind,
  shown: readonly Kind[],
  inside = false,
): Section[] {
  return sections.flatMap((section) => {
    const inline = inside && isInline(section, kind, shown)
    const own = !inline && section.kind === kind ? [section] : []
    return [
      ...own,
      ...sectionsOfKind(section.children, kind, shown, inline || section.kind === kind),
    ]
  })
}

/** Whether a subsection is shown inside its parent in the tab for `kind`. */
export function isInline(section: Section, kind: Kind, shown: readonly Kind[]): boolean {
  return section.kind === kind || !shown.includes(section.kind)
}

/** A frontmatter value (or attribute) as a trimmed string; `''` for anything else. */
export function string(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
