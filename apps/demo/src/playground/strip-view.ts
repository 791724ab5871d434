import type {Essay} from '@tsuzuri/essay'
import {h} from './create-element.js'
import {flattenSections} from './flatten-sections.js'
import {legend, strip} from './page-elements.js'

/** The essay as a strip of bands, one per section, sized by its length; and a count per kind. */
export function renderStrip(essay: Essay) {
  const bands = flattenSections(essay.sections).map(({section, level}) => {
    const size = (section.heading?.length ?? 0) + section.text.length
    const label = `${section.kind}: ${section.heading ?? 'opening'}, ${size} characters`
    const band = h('li', {
      'data-kind': section.kind,
      class: `depth-${Math.min(level, 2)}`,
      title: label,
    })
    band.append(h('span', {class: 'visually-hidden'}, label))
    band.style.setProperty('--share', String(Math.max(size, 1)))
    return band
  })
  strip.replaceChildren(...bands)

  const counts = new Map<string, number>()
  for (const {section} of flattenSections(essay.sections)) {
    counts.set(section.kind, (counts.get(section.kind) ?? 0) + 1)
  }
  legend.replaceChildren(
    ...[...counts].map(([kind, count]) =>
      h('li', {}, h('span', {class: 'kind-badge', 'data-kind': kind}, `${kind} × ${count}`)),
    ),
  )
}
