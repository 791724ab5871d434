import type {Page} from 'playwright-core'
import {beforeEach, describe, expect, it} from 'vitest'
import {elementsSettled, openPage} from './support/browser.js'
import {useSite} from './support/site.js'

let page: Page
/** Console errors and failed requests on `page` so far (see `openPage`). */
let problems: string[]

const site = useSite()

beforeEach(async () => {
  ;({page, problems} = await openPage(site.browser, {viewport: {width: 1280, height: 900}}))
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.server.url})
  await page.goto(site.server.url, {waitUntil: 'networkidle'})
  return () => page.context().close()
})

/** The text `<tsuzuri-essay>` shows in its shadow root. */
async function elementText(page: Page, selector: string): Promise<string> {
  await elementsSettled(page)
  return page.locator(selector).evaluate((element) => element.shadowRoot?.textContent ?? '')
}

describe('the home page', () => {
  it('should show a sample essay as written, each section’s lines marked with its kind', async () => {
    const panel = page.locator('.source-panel:visible')
    await expect(panel.count()).resolves.toBe(1)
    const kinds = await panel.locator('.source-run[data-kind] .kind-badge').allTextContents()
    expect(kinds.length).toBeGreaterThanOrEqual(4)
    expect(kinds).toEqual(expect.arrayContaining(['experience', 'feelings', 'strategies']))
  })

  it('should show the same essay through <tsuzuri-essay> beside it', async () => {
    const title = await page.locator('input[name="sample"]:checked + .sample-title').textContent()
    expect(await elementText(page, '#showcase-essay')).toContain(title)
  })

  it('should switch between Japanese and English samples without a console error or a failed request', async () => {
    const english = page
      .locator('.sample-option', {has: page.locator('input[data-lang="en"]')})
      .first()
    const title = (await english.locator('.sample-title').textContent()) ?? ''
    await english.click()
    await expect(page.locator('.source-panel:visible').getAttribute('lang')).resolves.toBe('en')
    await page.waitForFunction(
      (expected) =>
        document.querySelector('#showcase-essay')?.shadowRoot?.textContent?.includes(expected),
      title,
    )

    const japanese = page
      .locator('.sample-option', {has: page.locator('input[data-lang="ja"]')})
      .first()
    const japaneseTitle = (await japanese.locator('.sample-title').textContent()) ?? ''
    await japanese.click()
    await expect(page.locator('.source-panel:visible').getAttribute('lang')).resolves.toBe('ja')
    await page.waitForFunction(
      (expected) =>
        document.querySelector('#showcase-essay')?.shadowRoot?.textContent?.includes(expected),
      japaneseTitle,
    )
    await elementsSettled(page)
    expect(problems).toEqual([])
  })

  it('should copy the two-line embed snippet', async () => {
    const snippet = (await page.locator('#home-snippet').textContent()) ?? ''
    expect(snippet.split('\n')).toHaveLength(2)
    expect(snippet).toMatch(/<script type="module" src="[^"]+tsuzuri-essay\.js"><\/script>/)
    await page.getByRole('button', {name: 'Copy the snippet'}).click()
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(snippet)
    await expect(page.locator('.embed .copy-status').textContent()).resolves.toBe('Copied.')
  })

  it('should be usable from the keyboard: skip link first, samples with arrow keys', async () => {
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to content',
    )
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')

    await page.locator('input[name="sample"]:checked').focus()
    const before = await page.locator('.source-panel:visible').getAttribute('data-sample')
    await page.keyboard.press('ArrowRight')
    const after = await page.locator('.source-panel:visible').getAttribute('data-sample')
    expect(after).not.toBe(before)
    await expect(page.locator('input[name="sample"]:checked').inputValue()).resolves.toBe(after)
  })
})
