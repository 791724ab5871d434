import type {ItemPlace, Section, StrategyItem} from '@tsuzuri/essay'
import {inert, sanitizeToFragment} from './sanitize.js'

/**
 * Where a strategies section's `items` are, so readers can tick them off in place. Each item
 * says where the author wrote it (`at`, set by the parser); nothing is matched by its words:
 *
 * - `children`: one subsection per item (`### ① Ask in writing`): a checkbox before each heading.
 * - `content`: list items or paragraphs of the section's own HTML: a checkbox at the start of each
 *   (already in `content`).
 * - `list`: advice written as prose (several items in one paragraph), or data that does not say
 *   where its items are (or says it wrongly): the element renders the items as a separate
 *   checklist, with the text of those it cannot point at.
 * - `none`: the section has no items.
 */
export type ItemPlacement = 'children' | 'content' | 'list' | 'none'

/** A section's HTML, sanitized, and where its items are. */
export interface PreparedSection {
  /**
   * The section's content (`<div class="content" part="content">`, made in an inert document),
   * or `null` when it has none. The same node is rendered each time, so what a reader ticked
   * stays ticked.
   */
  content: Element | null
  items: ItemPlacement
  /** For `children`: the title of the item each subsection is, by the subsection's index. */
  ticks: ReadonlyMap<number, string>
  /** For `list`: whether each item's words are already in `content` (advice written as prose). */
  inContent: readonly boolean[]
  /** Whether the section's own items were left out (see `prepareSection`). */
  nested: boolean
}

/**
 * Sanitize a section's HTML and place its strategy items (see `ItemPlacement`). A `nested`
 * section is itself one strategy of its parent (it has a checkbox by its heading): its own items
 * are details of that strategy and get no checkboxes.
 */
export function prepareSection(section: Section, nested = false): PreparedSection {
  const fragment = sanitizeToFragment(section.html)
  const elements = [...fragment.children]
  const items = nested ? [] : (section.items ?? [])
  let placement: ItemPlacement = items.length === 0 ? 'none' : 'list'
  const ticks = new Map<number, string>()
  const subsections = items.map((item) =>
    item.at && 'subsection' in item.at && section.children[item.at.subsection] !== undefined
      ? item.at.subsection
      : undefined,
  )
  if (items.length > 0 && subsections.every((index) => index !== undefined)) {
    for (const [index, item] of items.entries()) ticks.set(subsections[index] as number, item.title)
    if (ticks.size === items.length) placement = 'children'
    else ticks.clear()
  } else if (items.length > 0) {
    const found = items.map((item) => elementAt(elements, item.at))
    if (found.every(Boolean) && new Set(found).size === found.length) {
      for (const [index, element] of found.entries()) {
        element?.prepend(checkbox((items[index] as StrategyItem).title))
      }
      placement = 'content'
    }
  }
  let content: Element | null = null
  if (fragment.hasChildNodes()) {
    content = inert().createElement('div')
    content.className = 'content'
    content.setAttribute('part', 'content')
    content.append(fragment)
  }
  const inContent = items.map(
    (item) => item.at !== null && 'sentence' in item.at && elements[item.at.block] !== undefined,
  )
  return {content, items: placement, ticks, inContent, nested}
}

/** The paragraph or list item an item's place names, if the HTML has one there. */
function elementAt(elements: readonly Element[], at: ItemPlace | null): Element | undefined {
  if (!at || !('block' in at) || 'sentence' in at) return undefined
  const element = elements[at.block]
  if (at.listItem === undefined) return element?.localName === 'p' ? element : undefined
  if (!element || !/^[ou]l$/.test(element.localName)) return undefined
  const item = element.children[at.listItem]
  return item?.localName === 'li' ? item : undefined
}

function checkbox(title: string): Element {
  const input = inert().createElement('input')
  input.type = 'checkbox'
  input.className = 'tick'
  input.setAttribute('part', 'checkbox')
  input.setAttribute('aria-label', title)
  return input
}
