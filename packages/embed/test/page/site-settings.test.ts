import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {failures, launch, loaded, open, settled, violations} from './browser.js'
import {type Site, serve} from './server.js'

// What a site owner sets on a page with the CDN build: `loading="lazy"`, the parser file hosted
// elsewhere (`TsuzuriEssay.parserSrc`), and the integrity of each file (the hashes
// `scripts/sri.js` prints, in the script tag and an import map).

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'"
const sri = fileURLToPath(new URL('../../scripts/sri.js', import.meta.url))

/** A module that imports the element from a folder without its parser, and points at one. */
const setParser = (url: string) =>
  `import {TsuzuriEssay} from '/lonely/cdn/tsuzuri-essay.js'\nTsuzuriEssay.parserSrc = ${JSON.stringify(url)}\n`

let browser: Browser
let cdn: Site
const sites: Site[] = []

beforeAll(async () => {
  browser = await launch()
  cdn = await serve({cors: true})
  sites.push(cdn)
})

afterAll(async () => {
  await browser?.close()
  await Promise.all(sites.map((site) => site.close()))
})

async function site(options: Parameters<typeof serve>[0]): Promise<Site> {
  const server = await serve({placeholders: {CDN: '/cdn'}, ...options})
  sites.push(server)
  return server
}

const parserRequests = (server: Site) =>
  server.requests.filter((path) => path.includes('tsuzuri-essay-parser'))

/** Whether a worker answered on the page (the parser's: the page test's `open` records it). */
const workerAnswered = (page: Page) =>
  page.evaluate(() => typeof (window as unknown as {answered?: number}).answered === 'number')

describe('a long page with <tsuzuri-essay loading="lazy"> three screens down', () => {
  it('should fetch nothing, parser included, until the reader scrolls within 400px of it', async () => {
    const server = await site({})
    const {page, problems} = await open(browser, `${server.origin}/lazy.html`, {
      viewport: {width: 800, height: 600},
    })
    await page.waitForFunction(() =>
      document.querySelector('tsuzuri-essay')?.shadowRoot?.querySelector('[part="loading"]'),
    )
    await page.waitForTimeout(300)
    expect(server.requests).toEqual(['/lazy.html', '/fixtures/lazy.css', '/cdn/tsuzuri-essay.js'])
    // It keeps its loading height meanwhile: nothing below it moves when the essay comes.
    const height = await page.evaluate(
      () => document.querySelector('tsuzuri-essay')?.getBoundingClientRect().height ?? 0,
    )
    expect(height).toBeGreaterThanOrEqual(16 * 16)
    // 700px above the element: still nothing.
    const top = await page.evaluate(
      () => document.querySelector('tsuzuri-essay')?.getBoundingClientRect().top ?? 0,
    )
    await page.evaluate((y) => scrollTo(0, y), top - 600 - 700)
    await page.waitForTimeout(300)
    expect(server.requests).not.toContain('/essays/mommy-track.md?lazy')
    // 300px above it, within the margin but not yet on screen: it starts.
    await page.evaluate((y) => scrollTo(0, y), top - 600 - 300)
    await settled(page)
    expect(server.requests.slice(3)).toEqual([
      '/essays/mommy-track.md?lazy',
      '/cdn/tsuzuri-essay-parser.js',
      '/cdn/tsuzuri-essay-ja.js',
    ])
    expect(await loaded(page)).toHaveLength(1)
    expect(problems.errors).toEqual([])
    await page.context().close()
  })
})

describe('a page that hosts the parser elsewhere than the element (TsuzuriEssay.parserSrc)', () => {
  it('should run it as a worker under a strict Content-Security-Policy, from the same origin', async () => {
    const server = await site({
      pageHeaders: {'content-security-policy': strictCsp},
      files: {'/parser-src.js': setParser('/cdn/tsuzuri-essay-parser.js')},
    })
    const {page, problems} = await open(browser, `${server.origin}/parser-src.html`)
    await settled(page)
    expect(await failures(page)).toEqual([])
    expect(await loaded(page)).toHaveLength(1)
    expect(await workerAnswered(page)).toBe(true)
    expect(parserRequests(server)).toEqual(['/cdn/tsuzuri-essay-parser.js'])
    expect(await violations(page)).toEqual([])
    expect(problems.errors).toEqual([])
    await page.context().close()
  })

  it('should load it from another origin that allows it through CORS', async () => {
    const before = parserRequests(cdn).length
    const server = await site({
      files: {'/parser-src.js': setParser(`${cdn.origin}/cdn/tsuzuri-essay-parser.js`)},
    })
    const {page, problems} = await open(browser, `${server.origin}/parser-src.html`)
    await settled(page)
    expect(await loaded(page)).toHaveLength(1)
    expect(await workerAnswered(page)).toBe(true)
    expect(parserRequests(cdn).length).toBe(before + 1)
    expect(parserRequests(server)).toEqual([])
    expect(problems.errors).toEqual([])
    await page.context().close()
  })
})

describe('a page that checks the integrity of every file it loads from a CDN', () => {
  /** A well-formed hash no file has. */
  const wrong = `sha384-${'A'.repeat(64)}`

  /**
   * The page `scripts/sri.js <base>` writes the head of, with an essay, served without workers
   * (`worker-src 'none'`: the import map applies to the page's imports, not a worker's), the
   * parser's hash changed by `tamper`.
   */
  async function pinned(tamper = (head: string) => head) {
    const head = execFileSync(process.execPath, [sri, `${cdn.origin}/cdn/`], {encoding: 'utf8'})
    const server = await site({
      pageHeaders: {'content-security-policy': "worker-src 'none'"},
      files: {
        '/pinned.html': `<!doctype html>\n<html lang="en">\n<meta charset="utf-8">\n<title>Pinned</title>\n${tamper(head)}\n<tsuzuri-essay src="/essays/mommy-track.md"></tsuzuri-essay>\n`,
      },
    })
    return open(browser, `${server.origin}/pinned.html`)
  }

  it('should load the element and its parser with the hashes scripts/sri.js prints', async () => {
    const {page} = await pinned()
    await settled(page)
    expect(await failures(page)).toEqual([])
    expect(await loaded(page)).toHaveLength(1)
    await page.context().close()
  })

  it('should refuse a parser file that does not match its hash', async () => {
    const {page} = await pinned((head) =>
      head.replace(/("[^"]*tsuzuri-essay-parser\.js": )"[^"]+"/, `$1"${wrong}"`),
    )
    await settled(page)
    expect((await failures(page)).map((failure) => failure.code)).toEqual(['parser'])
    await page.context().close()
  })

  it('should not run an element script that does not match its hash', async () => {
    const {page} = await pinned((head) => head.replace(/integrity="[^"]+"/, `integrity="${wrong}"`))
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => customElements.get('tsuzuri-essay'))).toBeUndefined()
    await page.context().close()
  })
})
