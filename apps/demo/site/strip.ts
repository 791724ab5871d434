import type {Essay, Section} from '@tsuzuri/essay'
import {html, type Raw} from './html.js'

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flatten(section.children)])
}

/**
 * The essay's shape as an SVG: one band per section, as wide as its text is long, coloured by
 * its kind (the same picture the playground draws as you type). Sizes are SVG attributes, so
 * the page needs no inline styles.
 */
export function shapeStrip(essay: Essay, label: string): Raw {
  const sections = flatten(essay.sections)
  const sizes = sections.map((section) =>
    Math.max(1, (section.heading?.length ?? 0) + section.text.length),
  )
  const gap = 2
  const width = 1000
  const total = sizes.reduce((sum, size) => sum + size, 0)
  const available = width - gap * Math.max(0, sections.length - 1)
  let x = 0
  const bands = sections.map((section, index) => {
    const bandWidth = ((sizes[index] ?? 1) / total) * available
    const band = html`<rect data-kind="${section.kind}" x="${x.toFixed(1)}" y="0" width="${bandWidth.toFixed(1)}" height="24"><title>${section.kind}: ${section.heading ?? 'opening'}</title></rect>`
    x += bandWidth + gap
    return band
  })
  const kinds = sections.map((section) => section.kind).join(', ')
  return html`<svg class="shape-strip" viewBox="0 0 ${width} 24" preserveAspectRatio="none" role="img" aria-label="${label}: ${kinds}">${bands}</svg>`
}
