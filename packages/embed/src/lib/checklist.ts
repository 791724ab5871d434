import type {Section, StrategyItem} from '@tsuzuri/essay'
import {inert, sanitizeToFragment} from './sanitize.js'

/**
 * Where a strategies section's `items` are, so readers can tick them off in place:
 *
 * - `children`: one subsection per item (`### ① Ask in writing`): a checkbox before each heading.
 * - `content`: list items or paragraphs of the section's own HTML, found by their titles: a
 *   checkbox at the start of each (already in `html`).
 * - `list`: not found in the content: the element renders the items as a separate checklist.
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
  /** The text of `content`. */
  text: string
  items: ItemPlacement
  /** Whether the section's own items were left out (see `prepareSection`). */
  nested: boolean
}

/**
 * Sanitize a section's HTML and find its strategy items (see `ItemPlacement`). A `nested` section
 * is itself one strategy of its parent (it has a checkbox by its heading): its own items are
 * details of that strategy and get no checkboxes.
 */
export function prepareSection(section: Section, nested = false): PreparedSection {
  const fragment = sanitizeToFragment(section.html)
  const items = nested ? [] : (section.items ?? [])
  let placement: ItemPlacement = items.length === 0 ? 'none' : 'list'
  if (items.length > 0 && items.length === section.children.length) placement = 'children'
  else if (items.length > 0) {
    // Top-level paragraphs and list items, in order; each item must start one, in turn.
    const blocks = [...fragment.children].flatMap((block) =>
      /^[ou]l$/.test(block.localName)
        ? [...block.children]
        : block.localName === 'p'
          ? [block]
          : [],
    )
    let next = 0
    const found = items.map((item) => {
      while (next < blocks.length && !startsWith(blocks[next]?.textContent ?? '', item.title))
        next++
      return blocks[next++]
    })
    if (found.every(Boolean)) {
      for (const [index, block] of found.entries()) {
        block?.prepend(checkbox((items[index] as StrategyItem).title))
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
  return {content, text: content?.textContent ?? '', items: placement, nested}
}

function checkbox(title: string): Element {
  const input = inert().createElement('input')
  input.type = 'checkbox'
  input.className = 'tick'
  input.setAttribute('part', 'checkbox')
  input.setAttribute('aria-label', title)
  return input
}

/** Whether `text` begins with `title`, give or take numbering, punctuation and spacing. */
function startsWith(text: string, title: string): boolean {
  const wanted = squash(title)
  return (
    wanted !== '' &&
    squash(text)
      .slice(0, wanted.length + 8)
      .includes(wanted)
  )
}

function squash(value: string): string {
  return value.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase()
}
