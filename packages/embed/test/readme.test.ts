import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

interface Named {
  name: string
  description?: string
}

const manifest = JSON.parse(
  readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
)
const element = manifest.modules
  .flatMap((module: {declarations?: unknown[]}) => module.declarations ?? [])
  .find((declaration: {tagName?: string}) => declaration.tagName === 'tsuzuri-essay')
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** The first cells (`` `name` ``) of the Markdown table under `### heading` in the README. */
function tableNames(heading: string): string[] {
  const start = readme.indexOf(`\n### ${heading}\n`)
  if (start === -1) throw new Error(`No “### ${heading}” in the README`)
  const end = readme.indexOf('\n#', start + 5)
  const section = readme.slice(start, end === -1 ? undefined : end)
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] as string)
}

const names = (list: Named[] | undefined) =>
  (list ?? []).filter((item) => item.description).map((item) => item.name)

describe('README', () => {
  it('should list exactly the attributes in custom-elements.json', () => {
    expect(tableNames('Attributes').sort()).toEqual(names(element.attributes).sort())
  })

  it('should list every public property that has no attribute', () => {
    const properties = (
      element.members as (Named & {kind: string; privacy?: string; attribute?: string})[]
    )
      .filter(
        (member) => member.kind === 'field' && member.privacy === 'public' && !member.attribute,
      )
      .map((member) => member.name)
    expect(tableNames('Properties').sort()).toEqual(properties.sort())
  })

  it('should list every public static property', () => {
    const properties = (element.members as (Named & {static?: boolean; privacy?: string})[])
      .filter((member) => member.static && member.privacy !== 'private')
      .map((member) => member.name)
    expect(properties).toContain('parserSrc')
    expect(tableNames('Static properties').sort()).toEqual(properties.sort())
  })

  it('should list exactly the events, CSS parts and CSS custom properties in custom-elements.json', () => {
    expect(tableNames('Events').sort()).toEqual(names(element.events).sort())
    expect(tableNames('CSS parts').sort()).toEqual(names(element.cssParts).sort())
    expect(tableNames('CSS custom properties').sort()).toEqual(names(element.cssProperties).sort())
  })

  it('should name the React handler of every event, and declare the bare tag as test/react-types.tsx checks it', () => {
    for (const event of names(element.events)) {
      const prop = `on${event.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`
      expect(readme).toContain(`\`${prop}\``)
    }
    const checked = readFileSync(new URL('./react-types.tsx', import.meta.url), 'utf8')
    const start = readme.indexOf("declare module 'react' {")
    expect(start).toBeGreaterThan(-1)
    expect(checked).toContain(readme.slice(start, readme.indexOf('\n```', start)))
  })

  it('should give each attribute the property name and default of custom-elements.json', () => {
    for (const attribute of element.attributes as (Named & {
      fieldName: string
      default?: string
    })[]) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${attribute.name}\` |`))
      expect(row, attribute.name).toContain(`| \`${attribute.fieldName}\` |`)
      if (attribute.default) expect(row, attribute.name).toContain(`\`${attribute.default}\``)
    }
  })
})

describe('custom-elements.json', () => {
  it('should list only what the modules export, and no private members', () => {
    for (const module of manifest.modules as {
      path: string
      declarations?: Named[]
      exports?: Named[]
    }[]) {
      const exported = (module.exports ?? []).map((item) => item.name)
      for (const declaration of module.declarations ?? []) {
        expect(exported, module.path).toContain(declaration.name)
      }
    }
    const members = element.members as (Named & {privacy?: string})[]
    expect(
      members.filter((member) => member.privacy === 'private' || member.name.startsWith('#')),
    ).toEqual([])
    expect(members.map((member) => member.name)).toContain('essay')
  })
})

describe('README, <tsuzuri-digest>', () => {
  const digest = manifest.modules
    .flatMap((module: {declarations?: unknown[]}) => module.declarations ?? [])
    .find((declaration: {tagName?: string}) => declaration.tagName === 'tsuzuri-digest')

  /** The first cells of the table under `#### heading`. */
  function digestTable(heading: string): string[] {
    const start = readme.indexOf(`\n#### ${heading}\n`)
    if (start === -1) throw new Error(`No “#### ${heading}” in the README`)
    const end = readme.indexOf('\n#', start + 5)
    const section = readme.slice(start, end === -1 ? undefined : end)
    return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] as string)
  }

  it('should list exactly its attributes, properties without one, events and CSS parts', () => {
    expect(digestTable('Digest attributes').sort()).toEqual(names(digest.attributes).sort())
    const properties = (
      digest.members as (Named & {kind: string; privacy?: string; attribute?: string})[]
    )
      .filter(
        (member) => member.kind === 'field' && member.privacy === 'public' && !member.attribute,
      )
      .map((member) => member.name)
    expect(digestTable('Digest properties')).toEqual(properties)
    expect(digestTable('Digest events').sort()).toEqual(names(digest.events).sort())
    expect(digestTable('Digest CSS parts').sort()).toEqual(names(digest.cssParts).sort())
  })

  it('should give each attribute its property name and default, and name every custom property', () => {
    for (const attribute of digest.attributes as (Named & {
      fieldName: string
      default?: string
    })[]) {
      const row = readme
        .slice(readme.indexOf('\n#### Digest attributes\n'))
        .split('\n')
        .find((line) => line.startsWith(`| \`${attribute.name}\` |`))
      expect(row, attribute.name).toContain(`| \`${attribute.fieldName}\` |`)
      if (attribute.default) expect(row, attribute.name).toContain(`\`${attribute.default}\``)
    }
    expect(names(digest.cssProperties)).toEqual(names(element.cssProperties))
  })
})
