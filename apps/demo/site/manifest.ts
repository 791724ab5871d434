/**
 * The element's Custom Elements Manifest, read at build time: its declaration, and the values its
 * attributes take, for the pages that offer them. The reference made from it is `reference.ts`.
 */
import {existsSync, readFileSync} from 'node:fs'
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
