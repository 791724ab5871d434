import type {Collection} from '@tsuzuri/essay'
import fixture from '../../test/fixtures/collection/collection.json' with {type: 'json'}
import type {TsuzuriDigest} from '../index.js'
import {container} from './index.js'

/** `test/fixtures/collection/collection.json` (`tsuzuri index` on six corpus essays), a fresh copy. */
export function fixtureCollection(): Collection {
  return structuredClone(fixture) as unknown as Collection
}

/** The fixture as the fixture server sends it. */
export const fixtureUrl = '/__fixtures/collection/collection.json'

/** Put `markup` in the document and return its `<tsuzuri-digest>`, updated. */
export async function mountDigest(markup: string): Promise<TsuzuriDigest> {
  const div = container()
  div.innerHTML = markup
  const element = div.querySelector('tsuzuri-digest')
  if (!element) throw new Error('Expected `markup` to contain a <tsuzuri-digest>')
  await element.updateComplete
  return element
}

/** An element showing `collection` (set as the property). */
export async function mountCollection(
  collection: Collection,
  attributes = '',
): Promise<TsuzuriDigest> {
  const element = await mountDigest(`<tsuzuri-digest ${attributes}></tsuzuri-digest>`)
  element.collection = collection
  await element.updateComplete
  return element
}

/** The element's shadow root. */
export function root(element: TsuzuriDigest): ShadowRoot {
  if (!element.shadowRoot) throw new Error('Expected an open shadow root')
  return element.shadowRoot
}

/** The titles of the entries shown, in order. */
export function titles(element: TsuzuriDigest): string[] {
  return [...root(element).querySelectorAll('.item-title')].map((node) => node.textContent ?? '')
}

/** The live count's text. */
export function count(element: TsuzuriDigest): string {
  return root(element).querySelector('[part="count"]')?.textContent?.trim() ?? ''
}
