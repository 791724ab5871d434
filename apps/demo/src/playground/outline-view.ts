import type {Essay, Section} from '@tsuzuri/essay'
import {h} from './create-element.js'
import {outline} from './page-elements.js'
import {selectLines} from './select-lines.js'

function lineRange(section: Section): string {
  const {start, end} = section.position
  return start.line === end.line ? `line ${start.line}` : `lines ${start.line}–${end.line}`
}

/** One section with its kind, confidence, reasons and strategies; its subsections nested. */
function renderSection(section: Section): HTMLLIElement {
  const percent = Math.round(section.confidence * 100)
  const bar = h('span', {class: 'confidence-bar', 'aria-hidden': 'true'}, h('span'))
  bar.firstElementChild?.setAttribute('class', 'confidence-fill')
  ;(bar.firstElementChild as HTMLElement).style.setProperty('--value', String(section.confidence))

  const heading = h(
    'button',
    {
      type: 'button',
      class: `outline-heading${section.heading === null ? ' outline-untitled' : ''}`,
      title: `Select ${lineRange(section)} in your text`,
    },
    section.heading ?? 'Opening (no heading)',
  )
  heading.addEventListener('click', () => {
    selectLines(section.position.start.line, section.position.end.line)
  })

  const item = h(
    'div',
    {class: 'outline-item', 'data-kind': section.kind},
    h(
      'div',
      {class: 'outline-head'},
      h('span', {class: 'kind-badge', 'data-kind': section.kind}, section.kind),
      heading,
      h('span', {class: 'confidence'}, bar, `${percent}% sure`),
      h('span', {class: 'help'}, lineRange(section)),
    ),
  )
  if (section.reasons.length > 0) {
    item.append(
      h(
        'ul',
        {class: 'reasons', 'aria-label': 'Reasons'},
        ...section.reasons.map((reason) => h('li', {}, reason)),
      ),
    )
  }
  if (section.items && section.items.length > 0) {
    item.append(
      h(
        'ol',
        {class: 'items', 'aria-label': 'Strategies'},
        ...section.items.map((strategy) => h('li', {}, strategy.title)),
      ),
    )
  }
  const li = h('li', {'data-kind': section.kind}, item)
  if (section.children.length > 0) li.append(h('ol', {}, ...section.children.map(renderSection)))
  return li
}

/** The essay's sections as a nested list; each heading selects its lines in the input. */
export function renderOutline(essay: Essay) {
  outline.replaceChildren(...essay.sections.map(renderSection))
}
