import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

// `pnpm build` writes both files from custom-elements.json (scripts/editor-data.js); these tests
// read what it wrote.

interface Named {
  name: string
  description?: string
}

interface Attribute extends Named {
  type?: {text: string}
  default?: string
}

interface Member extends Named {
  kind: string
  static?: boolean
  privacy?: string
}

interface VsCodeAttribute {
  name: string
  description: {kind: string; value: string}
  values?: Named[]
}

interface WebTypesAttribute extends Named {
  default?: string
  value: {kind: string; type: string}
  values?: Named[]
}

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'))

const pkg = read('package.json')
const manifest = read('custom-elements.json')
const element = manifest.modules
  .flatMap((module: {declarations?: unknown[]}) => module.declarations ?? [])
  .find((declaration: {tagName?: string}) => declaration.tagName === 'tsuzuri-essay')
const attributes: Attribute[] = element.attributes
const events: Named[] = element.events
const vsCode = read('vscode.html-custom-data.json')
const webTypes = read('web-types.json')

/** The values of an attribute whose type is a union of string literals, else `[]`. */
function allowed(attribute: Attribute): string[] {
  const members = (attribute.type?.text ?? '')
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null')
  return members.every((member) => /^'[^']*'$/.test(member))
    ? members.map((member) => member.slice(1, -1))
    : []
}

const enums = {
  layout: ['tabs', 'stack'],
  theme: ['auto', 'light', 'dark'],
  loading: ['eager', 'lazy'],
  format: ['auto', 'markdown', 'text'],
}

describe('package.json', () => {
  it('should point JetBrains IDEs at web-types.json and publish both files', () => {
    expect(pkg['web-types']).toBe('./web-types.json')
    expect(pkg.files).toContain('web-types.json')
    expect(pkg.files).toContain('vscode.html-custom-data.json')
  })
})

describe('vscode.html-custom-data.json', () => {
  const tag = vsCode.tags.find((item: Named) => item.name === 'tsuzuri-essay')
  const byName = new Map<string, VsCodeAttribute>(
    tag.attributes.map((attribute: VsCodeAttribute) => [attribute.name, attribute]),
  )

  it('should be HTML custom data version 1.1 with the two elements', () => {
    expect(vsCode.version).toBe(1.1)
    expect(vsCode.tags.map((item: Named) => item.name)).toEqual(['tsuzuri-essay', 'tsuzuri-digest'])
    expect(tag.description.value).toContain(element.summary)
  })

  it('should list every attribute of custom-elements.json, with its description and default', () => {
    expect([...byName.keys()]).toEqual(attributes.map((attribute) => attribute.name))
    for (const attribute of attributes) {
      const entry = byName.get(attribute.name)
      expect(entry?.description.kind, attribute.name).toBe('markdown')
      expect(entry?.description.value, attribute.name).toContain(attribute.description)
      if (attribute.default)
        expect(entry?.description.value, attribute.name).toContain(`\`${attribute.default}\``)
    }
  })

  it('should give the values of attributes that take one of a few (layout, theme, loading, format)', () => {
    for (const [name, values] of Object.entries(enums)) {
      expect(
        byName.get(name)?.values?.map((value) => value.name),
        name,
      ).toEqual(values)
    }
    for (const attribute of attributes) {
      const values = allowed(attribute)
      expect(
        byName.get(attribute.name)?.values?.map((value) => value.name),
        attribute.name,
      ).toEqual(values.length > 0 ? values : undefined)
    }
  })

  it('should name every event in the description of the element (custom data has no events)', () => {
    for (const event of events) {
      expect(tag.description.value).toContain(`\`${event.name}\`: ${event.description}`)
    }
  })
})

describe('web-types.json', () => {
  const [webElement, webDigest, ...others] = webTypes.contributions.html.elements
  const byName = new Map<string, WebTypesAttribute>(
    webElement.attributes.map((attribute: WebTypesAttribute) => [attribute.name, attribute]),
  )

  it('should name the package and its version, and the two elements', () => {
    expect(webTypes.name).toBe(pkg.name)
    expect(webTypes.version).toBe(pkg.version)
    expect(webTypes['description-markup']).toBe('markdown')
    expect(webElement.name).toBe('tsuzuri-essay')
    expect(webDigest.name).toBe('tsuzuri-digest')
    expect(others).toEqual([])
    expect(webElement.description).toContain(element.description)
  })

  it('should list every attribute of custom-elements.json, with its description, default and values', () => {
    expect([...byName.keys()]).toEqual(attributes.map((attribute) => attribute.name))
    for (const attribute of attributes) {
      const entry = byName.get(attribute.name)
      const values = allowed(attribute)
      expect(entry?.description, attribute.name).toContain(attribute.description)
      expect(entry?.default, attribute.name).toBe(attribute.default)
      expect(
        entry?.values?.map((value) => value.name),
        attribute.name,
      ).toEqual(values.length > 0 ? values : undefined)
      expect(entry?.value.type, attribute.name).toBe(
        values.length > 0 ? 'enum' : attribute.type?.text === 'number' ? 'number' : 'string',
      )
    }
    for (const [name, values] of Object.entries(enums)) {
      expect(
        byName.get(name)?.values?.map((value) => value.name),
        name,
      ).toEqual(values)
    }
  })

  it('should list every event of custom-elements.json, with its description', () => {
    expect(webElement.js.events).toEqual(
      events.map((event) =>
        expect.objectContaining({name: event.name, description: event.description}),
      ),
    )
    expect(events.map((event) => event.name)).toEqual([
      'tsuzuri-load',
      'tsuzuri-section-change',
      'tsuzuri-error',
    ])
  })

  it('should list every public property, and the CSS parts and custom properties', () => {
    const fields = (element.members as Member[]).filter(
      (member) => member.kind === 'field' && !member.static && member.privacy !== 'private',
    )
    expect(webElement.js.properties.map((property: Named) => property.name)).toEqual(
      fields.map((field) => field.name),
    )
    expect(webElement.js.properties.map((property: Named) => property.name)).toContain('essay')
    expect(webElement.css.parts.map((part: Named) => part.name)).toEqual(
      element.cssParts.map((part: Named) => part.name),
    )
    expect(webElement.css.properties.map((property: Named) => property.name)).toEqual(
      element.cssProperties.map((property: Named) => property.name),
    )
  })
})

describe('<tsuzuri-digest> in both files', () => {
  const digest = manifest.modules
    .flatMap((module: {declarations?: unknown[]}) => module.declarations ?? [])
    .find((declaration: {tagName?: string}) => declaration.tagName === 'tsuzuri-digest')
  const digestAttributes: Attribute[] = digest.attributes
  const tag = vsCode.tags.find((item: Named) => item.name === 'tsuzuri-digest')
  const web = webTypes.contributions.html.elements.find(
    (item: Named) => item.name === 'tsuzuri-digest',
  )
  const values = (list: {values?: Named[]}[] | undefined, name: string) =>
    (list as (Named & {values?: Named[]})[] | undefined)
      ?.find((attribute) => attribute.name === name)
      ?.values?.map((value) => value.name)

  it('should list every attribute of custom-elements.json, `lang` (the filter) included, with its description', () => {
    const names = digestAttributes.map((attribute) => attribute.name)
    expect(names).toContain('lang')
    expect(tag.attributes.map((attribute: Named) => attribute.name)).toEqual(names)
    expect(web.attributes.map((attribute: Named) => attribute.name)).toEqual(names)
    for (const attribute of digestAttributes) {
      const entry = tag.attributes.find((item: Named) => item.name === attribute.name)
      expect(entry?.description.value, attribute.name).toContain(attribute.description)
    }
  })

  it('should give the values of `kind`, `group`, `theme` and `loading`', () => {
    const enums = {
      kind: ['intro', 'background', 'experience', 'feelings', 'strategies', 'conclusion', 'other'],
      group: ['essay', 'none'],
      theme: ['auto', 'light', 'dark'],
      loading: ['eager', 'lazy'],
    }
    for (const [name, expected] of Object.entries(enums)) {
      expect(values(tag.attributes, name), name).toEqual(expected)
      expect(values(web.attributes, name), name).toEqual(expected)
    }
  })

  it('should list its events, properties, CSS parts and custom properties', () => {
    expect(web.js.events.map((event: Named) => event.name)).toEqual([
      'tsuzuri-collection-load',
      'tsuzuri-filter-change',
      'tsuzuri-collection-error',
    ])
    for (const event of digest.events as Named[]) {
      expect(tag.description.value).toContain(`\`${event.name}\`: ${event.description}`)
    }
    expect(web.js.properties.map((property: Named) => property.name)).toContain('collection')
    expect(web.css.parts.map((part: Named) => part.name)).toEqual(
      digest.cssParts.map((part: Named) => part.name),
    )
    expect(web.css.properties.map((property: Named) => property.name)).toEqual(
      digest.cssProperties.map((property: Named) => property.name),
    )
  })
})
