/**
 * The reference appended to `docs/element.md` and its translation. Its words are in
 * `reference/labels.ts`, its groups in `reference/groups.ts`, their HTML in `reference/entry-list.ts`.
 */
import type {TocEntry} from './docs.js'
import {html} from './html.js'
import {readElement} from './manifest.js'
import {entryList} from './reference/entry-list.js'
import {referenceGroups} from './reference/groups.js'
import {labelsFor} from './reference/labels.js'

export interface Reference {
  html: string
  toc: TocEntry[]
}

/**
 * The element's reference: attributes and properties, methods, events, slots, CSS parts and CSS
 * custom properties, read from its manifest rather than retyped.
 *
 * @param takenIds ids already used on the page, so that ours do not collide with the doc's own.
 */
export function elementReference(
  lang: string,
  takenIds: ReadonlySet<string>,
  element = readElement(),
): Reference {
  const t = labelsFor(lang)
  const idOf = (name: string) => {
    let id = name
    while (takenIds.has(id)) id = `api-${id}`
    return id
  }
  const rootId = idOf('reference')

  if (!element) {
    return {
      html: html`<section class="reference" aria-labelledby="${rootId}"><h2 id="${rootId}">${t.reference}</h2><p class="notice">${t.missing}</p></section>`
        .value,
      toc: [{id: rootId, heading: t.reference, children: []}],
    }
  }

  const parts = referenceGroups(element, t)
    .filter((group) => group.entries.length > 0)
    .map((group) => ({
      id: idOf(`reference-${group.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`),
      heading: String(t[group.key]),
      body: entryList(group.entries, lang),
    }))

  return {
    html: html`<section class="reference" aria-labelledby="${rootId}">
<h2 id="${rootId}">${t.reference}</h2>
<p>${t.generated}</p>
${parts.map((part) => html`<section><h3 id="${part.id}">${part.heading}</h3>${part.body}</section>\n`)}
</section>`.value,
    toc: [
      {
        id: rootId,
        heading: t.reference,
        children: parts.map((part) => ({id: part.id, heading: part.heading, children: []})),
      },
    ],
  }
}
