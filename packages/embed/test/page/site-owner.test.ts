import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axe, launch, open, settled, violations} from './browser.js'
import {type Site, serve} from './server.js'

// A plain HTML page with only the script tag and the element, served over http on 127.0.0.1 and
// opened in Chromium: what a site owner does, and what a reader then sees.

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'"

let browser: Browser
let site: Site
let strict: Site
let cdn: Site

beforeAll(async () => {
  browser = await launch()
  cdn = await serve({cors: true})
  site = await serve({placeholders: {CDN: '/cdn', MIRROR: '/mirror/cdn', OTHER: cdn.origin}})
  strict = await serve({
    placeholders: {CDN: '/cdn', MIRROR: '/mirror/cdn'},
    pageHeaders: {'content-security-policy': strictCsp},
  })
})

afterAll(async () => {
  await browser?.close()
  await Promise.all([site, strict, cdn].map((server) => server?.close()))
})

/** The text a reader sees in the first element (hidden tabs excluded). */
const readerText = (page: Page, index = 0) =>
  page.evaluate((at) => {
    const root = document.querySelectorAll('tsuzuri-essay')[at]?.shadowRoot
    // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, not hidden tabs.
    return (root?.querySelector('.base') as HTMLElement | null)?.innerText ?? ''
  }, index)

const chunkRequests = (server: Site) =>
  server.requests.filter((path) => path.includes('tsuzuri-essay-parser'))

describe('a page with the CDN script and <tsuzuri-essay src="….md" show="strategies">', () => {
  it('should show the essay’s strategies, ready to tick off', async () => {
    const {page, problems} = await open(browser, `${site.origin}/site.html`)
    await settled(page)
    const text = await readerText(page)
    expect(text).toContain('復帰したら、席が変わっていた')
    expect(text).toContain('佐藤みのり')
    expect(text).toContain('上司と話す')
    // The tab's name as a screen reader says it: the label and the count, apart.
    const tab = page.locator('tsuzuri-essay').getByRole('tab', {name: '対策 1', exact: true})
    expect(await tab.count()).toBe(1)
    expect(text).not.toContain('火曜日の会議室')
    const boxes = page.locator('tsuzuri-essay').getByRole('checkbox')
    expect(await boxes.count()).toBe(3)
    expect(
      await boxes.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label'))),
    ).toEqual(['上司と話す', '記録を残す', '社外に仲間をつくる'])
    await boxes.first().check()
    expect(await boxes.first().isChecked()).toBe(true)
    expect(chunkRequests(site)).toEqual(['/cdn/tsuzuri-essay-parser.js'])
    expect(problems.errors).toEqual([])
    expect(await axe(page)).toEqual([])
    await page.context().close()
  })

  it('should have no axe violations in dark mode', async () => {
    const {page} = await open(browser, `${site.origin}/site.html`, {colorScheme: 'dark'})
    await settled(page)
    const background = await page.evaluate(() => {
      const base = document.querySelector('tsuzuri-essay')?.shadowRoot?.querySelector('.base')
      return base ? getComputedStyle(base).backgroundColor : ''
    })
    expect(background).toBe('rgb(29, 28, 26)')
    expect(await axe(page)).toEqual([])
    await page.context().close()
  })

  it('should mark the selected tab, and the line under the tabs, in forced colours', async () => {
    const {page} = await open(browser, `${site.origin}/site.html`, {forcedColors: 'active'})
    await settled(page)
    await page.evaluate(() => {
      document
        .querySelector('tsuzuri-essay')
        ?.setAttribute('show', 'experience feelings strategies')
    })
    await page.locator('tsuzuri-essay').getByRole('tab').nth(2).waitFor()
    const lines = await page.evaluate(() => {
      const root = document.querySelector('tsuzuri-essay')?.shadowRoot
      const list = root?.querySelector('[role="tablist"]') as HTMLElement
      const tabs = [...(root?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])]
      const line = (tab: HTMLElement) => getComputedStyle(tab).borderBottomColor
      return {
        selected: tabs.filter((tab) => tab.ariaSelected === 'true').map(line),
        others: tabs.filter((tab) => tab.ariaSelected !== 'true').map(line),
        list: getComputedStyle(list).borderBottomWidth,
        background: getComputedStyle(root?.querySelector('.base') as HTMLElement).backgroundColor,
      }
    })
    // Forced colours paint every border, and drop shadows: the other tabs' lines take the
    // background's colour, and the list's line is a border.
    expect(lines.selected).toHaveLength(1)
    expect(lines.others).toHaveLength(2)
    expect(new Set(lines.others)).toEqual(new Set([lines.background]))
    expect(lines.selected[0]).not.toBe(lines.background)
    expect(lines.list).toBe('1px')
    await page.context().close()
  })

  it('should not download the parser for an essay given as JSON', async () => {
    const before = chunkRequests(site).length
    const {page, problems} = await open(browser, `${site.origin}/json.html`)
    await settled(page)
    expect(await readerText(page)).toMatch(/体験談\s*1/)
    expect(chunkRequests(site).length).toBe(before)
    expect(problems.errors).toEqual([])
    await page.context().close()
  })

  it('should load the script and its parser from another origin (a CDN)', async () => {
    const {page, problems} = await open(browser, `${site.origin}/cdn.html`)
    await settled(page)
    expect(await readerText(page)).toContain('上司と話す')
    expect(chunkRequests(cdn)).toEqual(['/cdn/tsuzuri-essay-parser.js'])
    expect(problems.errors).toEqual([])
    await page.context().close()
  })

  it('should say so when another site does not allow the essay through CORS', async () => {
    const {page} = await open(browser, `${site.origin}/cors.html`)
    await settled(page)
    const text = await readerText(page)
    expect(text).toContain('Could not show the essay')
    expect(text).toContain('Network or CORS error')
    await page.context().close()
  })
})

describe('a page with a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval)', () => {
  for (const file of ['site.html', 'json.html', 'inline.html', 'no-js.html', 'twice.html']) {
    it(`should render ${file} without any CSP violation or error`, async () => {
      const {page, problems} = await open(browser, `${strict.origin}/${file}`)
      await settled(page)
      expect((await readerText(page)).length).toBeGreaterThan(20)
      expect(await page.locator('tsuzuri-essay').getByRole('tab').count()).toBeGreaterThan(0)
      expect(await violations(page)).toEqual([])
      expect(problems.errors).toEqual([])
      await page.context().close()
    })
  }
})

describe('a page that serves the CDN script without the parser file next to it', () => {
  it('should say that the parser could not be loaded', async () => {
    const {page} = await open(browser, `${site.origin}/no-parser.html`)
    await settled(page)
    const error = page.locator('tsuzuri-essay').getByRole('alert')
    expect(await error.isVisible()).toBe(true)
    // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees.
    const text = await error.innerText()
    expect(text).toContain('Could not show the essay')
    expect(text).toContain('Could not load the parser')
    expect(text).toContain('/essays/mommy-track.md')
    expect(site.requests).toContain('/lonely/cdn/tsuzuri-essay-parser.js')
    await page.context().close()
  })
})

describe('a page that loads the script twice, and a second copy from another URL', () => {
  it('should throw nothing and show every essay', async () => {
    const {page, problems} = await open(browser, `${site.origin}/twice.html`)
    await settled(page)
    expect(problems.errors).toEqual([])
    expect(await readerText(page, 0)).toMatch(/Experience\s*\d/)
    expect(await readerText(page, 1)).toContain('Strategies')
    expect(site.requests).toContain('/mirror/cdn/tsuzuri-essay.js')
    await page.context().close()
  })
})

describe('a page with the HTML `tsuzuri parse --format html` writes inside the element', () => {
  it('should be readable without JavaScript', async () => {
    const {page} = await open(browser, `${site.origin}/no-js.html`, {javaScriptEnabled: false})
    // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees.
    const text = await page.locator('body').innerText()
    expect(text).toContain('復帰したら、席が変わっていた')
    expect(text).toContain('火曜日の会議室')
    expect(text).toContain('上司と話す')
    await page.context().close()
  })

  it('should be enhanced into tabs without fetching the essay or the parser', async () => {
    const before = site.requests.length
    const {page, problems} = await open(browser, `${site.origin}/no-js.html`)
    await settled(page)
    expect(await readerText(page)).toMatch(/体験談\s*1\s*対策\s*1/)
    expect(site.requests.slice(before)).toEqual(['/no-js.html', '/cdn/tsuzuri-essay.js'])
    expect(problems.errors).toEqual([])
    expect(await axe(page)).toEqual([])
    await page.context().close()
  })
})

describe('a page that reserves the element’s height before it upgrades', () => {
  it('should not shift while the script and the essay load', async () => {
    const {page} = await open(browser, `${site.origin}/shift.html`)
    const top = () =>
      page.evaluate(() => document.getElementById('below')?.getBoundingClientRect().top)
    const first = await top()
    await page.waitForFunction(() =>
      document.querySelector('tsuzuri-essay')?.shadowRoot?.querySelector('[part="loading"]'),
    )
    expect(await top()).toBe(first)
    const shifts = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              total += (entry as unknown as {value: number}).value
          }).observe({type: 'layout-shift', buffered: true})
          setTimeout(() => resolve(total), 300)
        }),
    )
    expect(shifts).toBe(0)
    await page.context().close()
  })
})
