import {existsSync, readFileSync} from 'node:fs'
import type {TocEntry} from './docs.js'
import {escapeHtml, html, type Raw, raw} from './html.js'
import {embedManifestPath} from './paths.js'

/** The parts of a Custom Elements Manifest (`custom-elements.json`) the docs show. */
interface TypeRef {
  text?: string
}

interface Attribute {
  name: string
  type?: TypeRef
  default?: string
  description?: string
  fieldName?: string
}

interface Member {
  kind: 'field' | 'method'
  name: string
  type?: TypeRef
  default?: string
  description?: string
  attribute?: string
  privacy?: 'public' | 'private' | 'protected'
  static?: boolean
  readonly?: boolean
  parameters?: Array<{name: string; type?: TypeRef; optional?: boolean}>
  return?: {type?: TypeRef}
}

interface Named {
  name: string
  description?: string
  default?: string
  type?: TypeRef
  syntax?: string
}

export interface ElementDeclaration {
  name: string
  tagName?: string
  customElement?: boolean
  summary?: string
  description?: string
  attributes?: Attribute[]
  members?: Member[]
  events?: Named[]
  slots?: Named[]
  cssParts?: Named[]
  cssProperties?: Named[]
}

interface Manifest {
  modules?: Array<{declarations?: ElementDeclaration[]}>
}

/**
 * The `<tsuzuri-essay>` declaration from the manifest, or `undefined` when there is none yet. Falls
 * back to the custom element class when the manifest does not record the tag name.
 */
export function readElement(file = embedManifestPath): ElementDeclaration | undefined {
  if (!existsSync(file)) return undefined
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest
  const declarations = (manifest.modules ?? []).flatMap((module) => module.declarations ?? [])
  const elements = declarations.filter((declaration) => declaration.customElement)
  return (
    elements.find((declaration) => declaration.tagName === 'tsuzuri-essay') ??
    elements.find((declaration) => declaration.name === 'TsuzuriEssay') ??
    elements[0]
  )
}

/** The values an attribute takes, when its type is a union of string literals. */
export function literalValues(type: string | undefined): string[] {
  if (!type) return []
  return type.split('|').flatMap((part) => {
    const match = /^(['"])(.*)\1$/.exec(part.trim())
    return match?.[2] === undefined ? [] : [match[2]]
  })
}

/**
 * The values an attribute of the element takes: from its type when that is a union of literals,
 * else from its description, where each value is written as `` `value`: what it does ``.
 */
export function attributeValues(name: string, element = readElement()): string[] {
  const attribute = element?.attributes?.find((candidate) => candidate.name === name)
  const literal = literalValues(attribute?.type?.text)
  if (literal.length > 0) return literal
  return [...(attribute?.description ?? '').matchAll(/`([\w-]+)`(?=:)/g)].flatMap((match) =>
    match[1] ? [match[1]] : [],
  )
}

const labels = {
  en: {
    reference: 'Reference',
    generated: html`Generated at build time from <code>packages/embed/custom-elements.json</code>, the element’s manifest.`,
    missing: html`The reference is generated from <code>packages/embed/custom-elements.json</code>, which has not been built yet. Run <code>pnpm --filter @tsuzuri/embed build</code> and rebuild the site.`,
    fields: 'Attributes and properties',
    methods: 'Methods',
    events: 'Events',
    slots: 'Slots',
    cssParts: 'CSS parts',
    cssProperties: 'CSS custom properties',
    type: 'type',
    default: 'default',
    both: 'attribute and property',
    attribute: 'attribute',
    property: 'property',
    propertyOnly: 'property only, no attribute',
    attributeOnly: 'attribute only',
    defaultSlot: '(default slot)',
  },
  ja: {
    reference: 'リファレンス',
    generated: html`要素のマニフェスト <code>packages/embed/custom-elements.json</code> からビルド時に生成しています(説明は英語です)。`,
    missing: html`このリファレンスは <code>packages/embed/custom-elements.json</code> から生成しますが、まだビルドされていません。<code>pnpm --filter @tsuzuri/embed build</code> を実行してからサイトをビルドし直してください。`,
    fields: '属性とプロパティ',
    methods: 'メソッド',
    events: 'イベント',
    slots: 'スロット',
    cssParts: 'CSS パーツ',
    cssProperties: 'CSS カスタムプロパティ',
    type: '型',
    default: '既定値',
    both: '属性とプロパティ',
    attribute: '属性',
    property: 'プロパティ',
    propertyOnly: 'プロパティのみ(属性なし)',
    attributeOnly: '属性のみ',
    defaultSlot: '(既定のスロット)',
  },
} as const

type Labels = (typeof labels)[keyof typeof labels]

/** Inline Markdown code spans in a manifest description (`` `src` ``) as `<code>`. */
function describe(text: string | undefined): Raw {
  const escaped = escapeHtml(text ?? '')
  return raw(escaped.replace(/`([^`]+)`/g, '<code>$1</code>'))
}

/** One entry of a reference list: a name, a line of facts, a description. */
interface Entry {
  name: string
  facts: Array<[string, string | undefined]>
  description: string | undefined
}

function entryList(entries: readonly Entry[], lang: string): Raw {
  // Descriptions come from the manifest, in English.
  const descriptionLang = lang === 'en' ? '' : html` lang="en"`
  return html`<dl class="api-list">${entries.map((entry) => {
    const facts = entry.facts.filter(([, value]) => value !== undefined && value !== '')
    return html`<div class="api-entry"><dt><code>${entry.name}</code></dt>${
      facts.length > 0
        ? html`<dd class="api-facts">${facts.map(
            ([label, value], index) =>
              html`${index > 0 ? ' · ' : ''}${label}${value === label ? '' : html` <code>${value}</code>`}`,
          )}</dd>`
        : ''
    }${entry.description ? html`<dd${descriptionLang}>${describe(entry.description)}</dd>` : ''}</div>\n`
  })}</dl>`
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
  const t = lang === 'ja' ? labels.ja : labels.en
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

  const methods = (element.members ?? []).filter(
    (member) =>
      member.kind === 'method' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('_'),
  )

  const groups: Array<{key: keyof Labels; entries: Entry[]}> = [
    {key: 'fields', entries: fieldEntries(element, t)},
    {
      key: 'methods',
      entries: methods.map((method) => ({
        name: `${method.name}(${(method.parameters ?? [])
          .map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
          .join(', ')})`,
        facts: method.return?.type?.text ? [['→', method.return.type.text]] : [],
        description: method.description,
      })),
    },
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
  const parts = groups
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
