import {describe, expect, it} from 'vitest'
import {elementsSettled, openPage} from './support/browser.js'
import {useSite} from './support/site.js'

const site = useSite()

describe('the gallery', () => {
  it('should switch the tabs of every tabbed specimen by click and by keyboard, and tick strategies, without a console error or a failed request', async () => {
    const {page, problems} = await openPage(site.browser, {viewport: {width: 1280, height: 900}})
    await page.goto(`${site.server.url}gallery/`, {waitUntil: 'networkidle'})
    await elementsSettled(page)

    const tabbed = await page.locator('tsuzuri-essay[layout="tabs"]').all()
    expect(tabbed.length).toBeGreaterThanOrEqual(2)
    for (const specimen of tabbed) {
      const tabs = specimen.getByRole('tab')
      expect(await tabs.count()).toBeGreaterThanOrEqual(2)
      await tabs.last().click()
      await expect(tabs.last().getAttribute('aria-selected')).resolves.toBe('true')
      // The clicked tab has the focus: the keyboard carries on from it.
      await page.keyboard.press('Home')
      await expect(tabs.first().getAttribute('aria-selected')).resolves.toBe('true')
      await page.keyboard.press('ArrowRight')
      await expect(tabs.nth(1).getAttribute('aria-selected')).resolves.toBe('true')
      await expect(tabs.first().getAttribute('aria-selected')).resolves.toBe('false')
      // The panel of the selected tab is the one shown.
      const controls = await tabs.nth(1).getAttribute('aria-controls')
      await expect(specimen.locator(`[id="${controls}"]`).isVisible()).resolves.toBe(true)
    }

    const checkbox = page.locator('tsuzuri-essay[layout="stack"]').getByRole('checkbox').first()
    await checkbox.check()
    await expect(checkbox.isChecked()).resolves.toBe(true)

    expect(problems).toEqual([])
    await page.context().close()
  })
})
