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
    attributes: 'Attributes',
    properties: 'Properties',
    methods: 'Methods',
    events: 'Events',
    slots: 'Slots',
    cssParts: 'CSS parts',
    cssProperties: 'CSS custom properties',
    name: 'Name',
    attribute: 'Attribute',
    type: 'Type',
    default: 'Default',
    description: 'Description',
    signature: 'Signature',
    detail: 'Detail',
    none: 'None.',
  },
  ja: {
    reference: 'リファレンス',
    generated: html`要素のマニフェスト <code>packages/embed/custom-elements.json</code> からビルド時に生成しています(説明は英語です)。`,
    missing: html`このリファレンスは <code>packages/embed/custom-elements.json</code> から生成しますが、まだビルドされていません。<code>pnpm --filter @tsuzuri/embed build</code> を実行してからサイトをビルドし直してください。`,
    attributes: '属性',
    properties: 'プロパティ',
    methods: 'メソッド',
    events: 'イベント',
    slots: 'スロット',
    cssParts: 'CSS パーツ',
    cssProperties: 'CSS カスタムプロパティ',
    name: '名前',
    attribute: '属性',
    type: '型',
    default: '既定値',
    description: '説明',
    signature: 'シグネチャ',
    detail: 'detail',
    none: 'なし。',
  },
} as const

/** Inline Markdown code spans in a manifest description (`` `src` ``) as `<code>`. */
function describe(text: string | undefined): Raw {
  const escaped = escapeHtml(text ?? '')
  return raw(escaped.replace(/`([^`]+)`/g, '<code>$1</code>'))
}

function code(text: string | undefined): Raw {
  return text ? html`<code>${text}</code>` : html`<span class="muted">—</span>`
}

function table(id: string, head: string[], rows: Raw[][], lang: string): Raw {
  // Descriptions come from the manifest, in English.
  const descriptionLang = lang === 'en' ? '' : html` lang="en"`
  return html`<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">
<table>
<thead><tr>${head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr></thead>
<tbody>${rows.map((row) => html`<tr>${row.map((cell, index) => (index === row.length - 1 ? html`<td${descriptionLang}>${cell}</td>` : html`<td>${cell}</td>`))}</tr>\n`)}</tbody>
</table>
</div>`
}

export interface Reference {
  html: string
  toc: TocEntry[]
}

/**
 * The element's reference: attributes, properties, methods, events, slots, CSS parts and CSS
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

  const publicFields = (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('_'),
  )
  const publicMethods = (element.members ?? []).filter(
    (member) =>
      member.kind === 'method' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('_'),
  )

  const parts: Array<{key: keyof typeof t; id: string; body: Raw}> = []
  const add = (key: keyof typeof t, head: string[], rows: Raw[][]) => {
    if (rows.length === 0) return
    const id = idOf(`reference-${String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`)
    parts.push({key, id, body: table(id, head, rows, lang)})
  }

  add(
    'attributes',
    [t.name, t.type, t.default, t.description],
    (element.attributes ?? []).map((attribute) => [
      code(attribute.name),
      code(attribute.type?.text),
      code(attribute.default),
      describe(attribute.description),
    ]),
  )
  add(
    'properties',
    [t.name, t.attribute, t.type, t.default, t.description],
    publicFields.map((member) => [
      code(member.name),
      code(member.attribute),
      code(member.type?.text),
      code(member.default),
      describe(member.description),
    ]),
  )
  add(
    'methods',
    [t.name, t.signature, t.description],
    publicMethods.map((member) => [
      code(member.name),
      code(
        `(${(member.parameters ?? [])
          .map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
          .join(', ')}) => ${member.return?.type?.text ?? 'void'}`,
      ),
      describe(member.description),
    ]),
  )
  add(
    'events',
    [t.name, t.type, t.description],
    // An event without a description is an artefact of the analyzer (a dispatch helper's
    // parameter), not an event of the element.
    (element.events ?? [])
      .filter((event) => event.description)
      .map((event) => [code(event.name), code(event.type?.text), describe(event.description)]),
  )
  add(
    'slots',
    [t.name, t.description],
    (element.slots ?? []).map((slot) => [
      code(slot.name || '(default)'),
      describe(slot.description),
    ]),
  )
  add(
    'cssParts',
    [t.name, t.description],
    (element.cssParts ?? []).map((part) => [code(part.name), describe(part.description)]),
  )
  add(
    'cssProperties',
    [t.name, t.default, t.description],
    (element.cssProperties ?? []).map((property) => [
      code(property.name),
      code(property.default),
      describe(property.description),
    ]),
  )

  return {
    html: html`<section class="reference" aria-labelledby="${rootId}">
<h2 id="${rootId}">${t.reference}</h2>
<p>${t.generated}</p>
${parts.map((part) => html`<section><h3 id="${part.id}">${String(t[part.key])}</h3>${part.body}</section>\n`)}
</section>`.value,
    toc: [
      {
        id: rootId,
        heading: t.reference,
        children: parts.map((part) => ({id: part.id, heading: String(t[part.key]), children: []})),
      },
    ],
  }
}
