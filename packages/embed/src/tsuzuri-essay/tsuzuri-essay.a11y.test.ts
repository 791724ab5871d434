import {afterEach, describe, expect, it} from 'vitest'
import {userEvent} from 'vitest/browser'
import {
  axeViolations,
  cleanup,
  item,
  mount,
  mountEssay,
  next,
  sampleEssay,
  section,
  shadow,
} from '../test-utils/index.js'

afterEach(cleanup)

describe('<tsuzuri-essay> accessibility (axe)', () => {
  for (const layout of ['tabs', 'stack']) {
    for (const theme of ['light', 'dark']) {
      it(`should have no violations in the ${layout} layout with theme="${theme}"`, async () => {
        const element = await mountEssay(sampleEssay(), `layout="${layout}" theme="${theme}"`)
        expect(getComputedStyle(element).colorScheme).toBe(theme)
        expect(await axeViolations(element)).toEqual([])
      })
    }
  }

  it('should take its colour scheme from the page’s CSS too, and stay readable', async () => {
    const element = await mountEssay(sampleEssay())
    const sheet = new CSSStyleSheet()
    sheet.replaceSync('tsuzuri-essay { color-scheme: dark }')
    document.adoptedStyleSheets = [sheet]
    const base = shadow(element).querySelector('.base') as HTMLElement
    expect(getComputedStyle(base).backgroundColor).toBe('rgb(29, 28, 26)')
    expect(await axeViolations(element)).toEqual([])
    document.adoptedStyleSheets = []
  })

  it('should have no violations with each tab selected and strategies ticked', async () => {
    const element = await mountEssay(sampleEssay(), 'locale="en"')
    for (const tab of shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')) {
      await userEvent.click(tab)
      expect(await axeViolations(element)).toEqual([])
    }
    for (const box of shadow(element).querySelectorAll<HTMLInputElement>(
      '[role="tabpanel"]:not([hidden]) input',
    )) {
      await userEvent.click(box)
    }
    expect(await axeViolations(element)).toEqual([])
  })

  for (const layout of ['tabs', 'stack']) {
    for (const theme of ['light', 'dark']) {
      const attributes = `layout="${layout}" theme="${theme}"`

      it(`should have no violations while loading (${attributes})`, async () => {
        const element = await mount(
          `<tsuzuri-essay ${attributes} src="/__fixtures/json/henzutsu.md?delay=1500"></tsuzuri-essay>`,
        )
        expect(shadow(element).querySelector('[part="loading"]')).not.toBeNull()
        expect(getComputedStyle(element).colorScheme).toBe(theme)
        expect(await axeViolations(element)).toEqual([])
      })

      it(`should have no violations after an error (${attributes})`, async () => {
        const element = await mount(
          `<tsuzuri-essay ${attributes} src="/__fixtures/status/404"></tsuzuri-essay>`,
        )
        await next(element, 'tsuzuri-error')
        await element.updateComplete
        expect(shadow(element).querySelector('[part="error"]')).not.toBeNull()
        expect(await axeViolations(element)).toEqual([])
      })

      it(`should have no violations when no section has a shown kind (${attributes})`, async () => {
        const essay = sampleEssay()
        essay.sections = [section('other', 'Misc', '<p>Nothing</p>')]
        const element = await mountEssay(essay, attributes)
        expect(shadow(element).querySelector('[part="empty"]')).not.toBeNull()
        expect(await axeViolations(element)).toEqual([])
      })

      it(`should have no violations with a kind without sections (${attributes})`, async () => {
        const element = await mountEssay(
          sampleEssay(),
          `${attributes} show="background strategies" selected="background"`,
        )
        expect(shadow(element).querySelector('p.empty')).not.toBeNull()
        expect(await axeViolations(element)).toEqual([])
      })
    }
  }

  it('should have no violations with a checklist and a tab without sections', async () => {
    const essay = sampleEssay()
    essay.sections = [
      section('strategies', 'What helped', '<p>Things.</p>', {
        items: [item('Sleep', 'More.')],
      }),
    ]
    const element = await mountEssay(essay, 'show="experience strategies"')
    element.selected = 'experience'
    await element.updateComplete
    expect(await axeViolations(element)).toEqual([])
    element.selected = 'strategies'
    await element.updateComplete
    expect(shadow(element).querySelector('[part="items"]')).not.toBeNull()
    expect(await axeViolations(element)).toEqual([])
  })
})
