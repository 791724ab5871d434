import {isKind, kinds as kindOrder} from '../kinds.js'
import type {Essay, Kind, Section} from '../types.js'
import {authorOf, dateOf, slugOf, tagsOf, urlOf} from './frontmatter-fields.js'
import {shortText} from './short-text.js'
import type {CollectionItem, CollectionSection, EssaySummary} from './types.js'

/**
 * What a collection keeps of one essay: its metadata and, per kind, its sections with a short
 * text, strategies with their items. No HTML and no full text: a summary is small, so a
 * collection of thousands of essays holds only these.
 */
export function summarizeEssay(essay: Essay, maxTextLength: number): EssaySummary {
  const {frontmatter} = essay
  const found = new Map<Kind, CollectionSection[]>()
  addSections(essay.sections, found, maxTextLength)
  // Keys in the order of `kinds`, whatever order the essay presents them in.
  const kinds: Partial<Record<Kind, CollectionSection[]>> = {}
  for (const kind of kindOrder) {
    const sections = found.get(kind)
    if (sections) kinds[kind] = sections
  }
  return {
    title: essay.title,
    author: authorOf(frontmatter.author),
    date: dateOf(frontmatter.date),
    url: urlOf(frontmatter.url),
    lang: essay.lang,
    tags: tagsOf(frontmatter.tags),
    kinds,
    slug: slugOf(frontmatter.slug),
  }
}

/** Each section under its kind, depth first (a section before its subsections). */
function addSections(
  sections: readonly Section[],
  found: Map<Kind, CollectionSection[]>,
  max: number,
) {
  for (const section of sections) {
    // Only the seven kinds, even in an essay made by hand.
    if (isKind(section.kind)) {
      const entry: CollectionSection = {
        id: section.id,
        heading: section.heading,
        text: shortText(section.text, max),
      }
      if (section.kind === 'strategies') entry.items = itemsOf(section, max)
      let list = found.get(section.kind)
      if (!list) {
        list = []
        found.set(section.kind, list)
      }
      list.push(entry)
    }
    addSections(section.children, found, max)
  }
}

function itemsOf(section: Section, max: number): CollectionItem[] {
  return (section.items ?? []).map((item) => {
    // A strategy that is a subsection (`### ① Ask in writing`) is linked to itself.
    const own =
      item.at && 'subsection' in item.at ? section.children[item.at.subsection]?.id : undefined
    return {
      title: shortText(item.title, max),
      text: shortText(item.text, max),
      section: own ?? item.section,
    }
  })
}
