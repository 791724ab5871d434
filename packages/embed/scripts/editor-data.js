#!/usr/bin/env node
/**
 * Editor data from `custom-elements.json`, written by `pnpm build` after `cem analyze`:
 *
 * - `vscode.html-custom-data.json`, VS Code's HTML custom data (version 1.1), for its
 *   `html.customData` setting: each element with its attributes, their descriptions and the
 *   values of those that take one of a few (`layout`, `theme`, `loading`, `format`). It has no
 *   place for events, so an element's description lists them.
 * - `web-types.json`, for JetBrains IDEs (WebStorm, IntelliJ IDEA), which find it through
 *   `"web-types"` in package.json: the same attributes, and the element's properties, events,
 *   slots, CSS parts and custom properties.
 *
 * Both are made from the manifest alone, so they say what the README's API tables say. The
 * values of an attribute are the string literals of its type (`'tabs' | 'stack'`).
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = new URL('../', import.meta.url)

/**
 * The values a type allows when it is a union of string literals (`'tabs' | 'stack'`, with or
 * without `| undefined`), else `[]`.
 * @param {string | undefined} type
 * @returns {string[]}
 */
export function literals(type) {
  const members = (type ?? '')
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null')
  const values = members.map((member) => /^'([^'\\]*)'$|^"([^"\\]*)"$/.exec(member))
  return members.length > 0 && values.every(Boolean)
    ? values.map((match) => match?.[1] ?? match?.[2] ?? '')
    : []
}

/** Custom elements (declarations with a tag name) of a manifest. */
function elements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
}

/** Public instance fields: the element's properties. */
function properties(element) {
  return (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && member.privacy !== 'private',
  )
}

/** An attribute's description, with its type (less `undefined` and `null`) and default. */
function attributeText(attribute) {
  const type = attribute.type?.text.replace(/\s*\|\s*(?:undefined|null)\b/g, '')
  const notes = [
    type && `Type: \`${type}\``,
    attribute.default && `Default: \`${attribute.default}\``,
  ].filter(Boolean)
  return [attribute.description ?? '', notes.join(' · ')].filter(Boolean).join('\n\n')
}

/** A Markdown list of `name`: description. */
function list(title, items, name = (item) => item.name) {
  return items.length === 0
    ? ''
    : `**${title}**\n\n${items.map((item) => `- \`${name(item)}\`: ${item.description ?? ''}`).join('\n')}`
}

/**
 * VS Code's HTML custom data for the elements of a manifest.
 * @param {any} manifest `custom-elements.json`
 * @param {{homepage?: string}} pkg The package's package.json
 */
export function vsCodeData(manifest, pkg) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements(manifest).map((element) => ({
      name: element.tagName,
      description: {
        kind: 'markdown',
        value: [
          element.summary,
          list('Events', element.events ?? []),
          list('Slots', element.slots ?? [], (slot) => slot.name || '(default)'),
        ]
          .filter(Boolean)
          .join('\n\n'),
      },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literals(attribute.type?.text)
        return {
          name: attribute.name,
          description: {kind: 'markdown', value: attributeText(attribute)},
          ...(values.length > 0 ? {values: values.map((name) => ({name}))} : {}),
          ...(attribute.type?.text === 'boolean' ? {valueSet: 'v'} : {}),
        }
      }),
      ...(pkg.homepage ? {references: [{name: 'API', url: apiUrl(pkg.homepage)}]} : {}),
    })),
  }
}

/**
 * JetBrains web-types for the elements of a manifest.
 * @param {any} manifest `custom-elements.json`
 * @param {{name: string, version: string, homepage?: string}} pkg The package's package.json
 */
export function webTypes(manifest, pkg) {
  const docUrl = pkg.homepage ? {'doc-url': apiUrl(pkg.homepage)} : {}
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements(manifest).map((element) => ({
          name: element.tagName,
          description: [element.summary, element.description].filter(Boolean).join('\n\n'),
          ...docUrl,
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = literals(attribute.type?.text)
            const type = attribute.type?.text
            return {
              name: attribute.name,
              description: attributeText(attribute),
              ...(attribute.default ? {default: attribute.default} : {}),
              value: {
                kind: type === 'boolean' ? 'no-value' : 'plain',
                type:
                  values.length > 0
                    ? 'enum'
                    : type === 'number' || type === 'boolean'
                      ? type
                      : 'string',
              },
              ...(values.length > 0 ? {values: values.map((name) => ({name}))} : {}),
            }
          }),
          // Named slots, for `slot="…"`; the default slot is the element's content.
          slots: (element.slots ?? [])
            .filter((slot) => slot.name)
            .map((slot) => ({name: slot.name, description: slot.description})),
          js: {
            properties: properties(element).map((field) => ({
              name: field.name,
              description: field.description,
              type: field.type?.text,
              ...(field.default ? {default: field.default} : {}),
            })),
            events: (element.events ?? []).map((event) => ({
              name: event.name,
              description: event.description,
              ...(event.type ? {type: event.type.text} : {}),
            })),
          },
          css: {
            properties: (element.cssProperties ?? []).map((property) => ({
              name: property.name,
              description: property.description,
              ...(property.default ? {default: property.default} : {}),
            })),
            parts: (element.cssParts ?? []).map((part) => ({
              name: part.name,
              description: part.description,
            })),
          },
        })),
      },
    },
  }
}

/** The README's API section, from the package's homepage (`…/packages/embed#readme`). */
function apiUrl(homepage) {
  return homepage.replace(/#.*$/, '#api')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (file) => JSON.parse(readFileSync(new URL(file, root), 'utf8'))
  let manifest
  try {
    manifest = read('custom-elements.json')
  } catch {
    console.error('custom-elements.json is missing: run `cem analyze` in packages/embed first')
    process.exit(1)
  }
  const pkg = read('package.json')
  const write = (file, data) =>
    writeFileSync(new URL(file, root), `${JSON.stringify(data, null, 2)}\n`)
  write('vscode.html-custom-data.json', vsCodeData(manifest, pkg))
  write('web-types.json', webTypes(manifest, pkg))
}
