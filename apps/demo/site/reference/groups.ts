/** The reference's groups of entries, each read from its part of the element's declaration. */
import type {ElementDeclaration} from '../manifest.js'
import type {Entry} from './entry-list.js'
import type {Labels} from './labels.js'

/** A heading of the reference and what is listed under it. */
export interface Group {
  key: keyof Labels
  entries: Entry[]
}

/** Attributes and the properties they reflect, as one list: most are both. */
function fieldEntries(element: ElementDeclaration, t: Labels): Entry[] {
  const fields = (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('_'),
  )
  const entries: Entry[] = fields.map((field) => {
    const attribute = field.attribute
    const kind: Array<[string, string | undefined]> =
      attribute === undefined
        ? [[t.propertyOnly, t.propertyOnly]]
        : attribute === field.name
          ? [[t.both, t.both]]
          : [
              [t.attribute, attribute],
              [t.property, field.name],
            ]
    return {
      name: attribute ?? field.name,
      facts: [...kind, [t.type, field.type?.text], [t.default, field.default]],
      description: field.description,
    }
  })
  for (const attribute of element.attributes ?? []) {
    if (fields.some((field) => field.attribute === attribute.name)) continue
    entries.push({
      name: attribute.name,
      facts: [
        [t.attributeOnly, t.attributeOnly],
        [t.type, attribute.type?.text],
        [t.default, attribute.default],
      ],
      description: attribute.description,
    })
  }
  return entries
}

/** Public instance methods, with their signatures as names. */
function methodEntries(element: ElementDeclaration): Entry[] {
  const methods = (element.members ?? []).filter(
    (member) =>
      member.kind === 'method' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('_'),
  )
  return methods.map((method) => ({
    name: `${method.name}(${(method.parameters ?? [])
      .map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
      .join(', ')})`,
    facts: method.return?.type?.text ? [['→', method.return.type.text]] : [],
    description: method.description,
  }))
}

/** Every group in the reference's order, empty ones included. */
export function referenceGroups(element: ElementDeclaration, t: Labels): Group[] {
  return [
    {key: 'fields', entries: fieldEntries(element, t)},
    {key: 'methods', entries: methodEntries(element)},
    {
      key: 'events',
      // An event without a description is an artefact of the analyzer (a dispatch helper's
      // parameter), not an event of the element.
      entries: (element.events ?? [])
        .filter((event) => event.description)
        .map((event) => ({
          name: event.name,
          facts: [[t.type, event.type?.text]],
          description: event.description,
        })),
    },
    {
      key: 'slots',
      entries: (element.slots ?? []).map((slot) => ({
        name: slot.name || t.defaultSlot,
        facts: [],
        description: slot.description,
      })),
    },
    {
      key: 'cssParts',
      entries: (element.cssParts ?? []).map((part) => ({
        name: part.name,
        facts: [],
        description: part.description,
      })),
    },
    {
      key: 'cssProperties',
      entries: (element.cssProperties ?? []).map((property) => ({
        name: property.name,
        facts: [[t.default, property.default]],
        description: property.description,
      })),
    },
  ]
}
