import {expect, it} from 'vitest'

it('should not register the tag when only the component class is imported', async () => {
  const {TsuzuriEssay} = await import('./tsuzuri-essay/tsuzuri-essay.component.js')
  expect(typeof TsuzuriEssay).toBe('function')
  expect(customElements.get('tsuzuri-essay')).toBeUndefined()
  const {TsuzuriDigest} = await import('./tsuzuri-digest/tsuzuri-digest.component.js')
  expect(typeof TsuzuriDigest).toBe('function')
  expect(customElements.get('tsuzuri-digest')).toBeUndefined()
})

it('should expose the public api and register the tag from the main entry', async () => {
  const api = await import('./index.js')
  expect(Object.keys(api).sort()).toEqual(['TsuzuriDigest', 'TsuzuriEssay'])
  expect(customElements.get('tsuzuri-essay')).toBe(api.TsuzuriEssay)
  expect(document.createElement('tsuzuri-essay')).toBeInstanceOf(api.TsuzuriEssay)
  expect(customElements.get('tsuzuri-digest')).toBe(api.TsuzuriDigest)
  expect(document.createElement('tsuzuri-digest')).toBeInstanceOf(api.TsuzuriDigest)
})

it('should not throw when a second copy of the element is loaded', async () => {
  const first = customElements.get('tsuzuri-essay')
  // The query makes Vite evaluate the module again: a second copy with its own class.
  const copy = new URL('./tsuzuri-essay/tsuzuri-essay.ts?copy=2', import.meta.url).href
  const original = await import('./tsuzuri-essay/tsuzuri-essay.js')
  const second = await import(/* @vite-ignore */ copy)
  expect(second).not.toBe(original)
  expect(customElements.get('tsuzuri-essay')).toBe(first)
  // Two bundles from two URLs (two classes) are covered by test/page/site-owner.test.ts.
})

it('should not throw when a second copy of <tsuzuri-digest> is loaded', async () => {
  await import('./index.js')
  const first = customElements.get('tsuzuri-digest')
  const copy = new URL('./tsuzuri-digest/tsuzuri-digest.ts?copy=2', import.meta.url).href
  const original = await import('./tsuzuri-digest/tsuzuri-digest.js')
  const second = await import(/* @vite-ignore */ copy)
  expect(second).not.toBe(original)
  expect(customElements.get('tsuzuri-digest')).toBe(first)
})
