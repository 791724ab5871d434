import {afterEach, describe, expect, it} from 'vitest'
import {userEvent} from 'vitest/browser'
import {
  fixtureCollection,
  fixtureUrl,
  mountCollection,
  mountDigest,
  root,
} from '../test-utils/digest.js'
import {axeViolations, cleanup, next} from '../test-utils/index.js'

afterEach(cleanup)

describe('<tsuzuri-digest> accessibility (axe)', () => {
  for (const group of ['essay', 'none']) {
    for (const theme of ['light', 'dark']) {
      it(`should have no violations with group="${group}" and theme="${theme}"`, async () => {
        const element = await mountCollection(
          fixtureCollection(),
          `group="${group}" theme="${theme}" limit="8"`,
        )
        expect(getComputedStyle(element).colorScheme).toBe(theme)
        expect(root(element).querySelector('[part="more"]')).not.toBeNull()
        expect(await axeViolations(element)).toEqual([])
      })
    }
  }

  it('should have no violations on a Japanese page, for another kind, filtered to nothing, and past “Show more”', async () => {
    const element = await mountDigest(
      `<div lang="ja"><tsuzuri-digest src="${fixtureUrl}" kind="intro" limit="3"></tsuzuri-digest></div>`,
    )
    await next(element, 'tsuzuri-collection-load')
    await element.updateComplete
    expect(await axeViolations(element)).toEqual([])
    await userEvent.click(root(element).querySelector('[part="more"]') as HTMLElement)
    expect(await axeViolations(element)).toEqual([])
    await userEvent.type(root(element).querySelector('input') as HTMLInputElement, 'zzz')
    await element.updateComplete
    expect(root(element).querySelector('[part="empty"]')).not.toBeNull()
    expect(await axeViolations(element)).toEqual([])
  })

  for (const theme of ['light', 'dark']) {
    it(`should have no violations while loading and after an error (theme="${theme}")`, async () => {
      const loading = await mountDigest(
        `<tsuzuri-digest theme="${theme}" src="${fixtureUrl}?delay=1500"></tsuzuri-digest>`,
      )
      expect(root(loading).querySelector('[part="loading"] [role="status"]')).not.toBeNull()
      expect(await axeViolations(loading)).toEqual([])
      const failed = await mountDigest(
        `<tsuzuri-digest theme="${theme}" src="/__fixtures/status/404"></tsuzuri-digest>`,
      )
      await next(failed, 'tsuzuri-collection-error')
      await failed.updateComplete
      expect(root(failed).querySelector('[part="error"]')).not.toBeNull()
      expect(await axeViolations(failed)).toEqual([])
    })
  }

  it('should name every control, announce the count politely, and mark each essay’s language', async () => {
    const element = await mountCollection(fixtureCollection())
    const shadow = root(element)
    for (const control of shadow.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      'input, select',
    )) {
      expect(control.labels?.[0]?.textContent?.trim()).toBeTruthy()
    }
    expect(shadow.querySelector('[part="count"]')?.getAttribute('role')).toBe('status')
    const langs = [...shadow.querySelectorAll('[part="group"]')].map((group) =>
      group.getAttribute('lang'),
    )
    expect(langs).toEqual(['ja', 'ja', 'en', 'en', 'en', 'ja'])
  })
})
