import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {failures, launch, loaded, open, settled, violations} from './browser.js'
import {type Site, serve} from './server.js'

// Named character references (`&hellip;`, `&eacute;`, `&nbsp;`) through the CDN build: the parser
// file loads the table of names (`tsuzuri-essay-entities.js`) only for text that may hold one,
// in its worker or on the main thread, and the essay must come out as `parseEssay` gives it in
// Node (served as JSON at `/references/<name>.json`).

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'"
const table = '/cdn/tsuzuri-essay-entities.js'

let browser: Browser
/** The page's server for each page, and the one serving the CDN files (the same or a CDN). */
const sites: Record<string, {page: Site; cdn: Site}> = {}

/**
 * Where the parser runs on each page, under which policy, and the one violation the page reports
 * when the element tries a worker it may not start (then it parses on the main thread).
 */
const pages: Record<
  string,
  {csp?: string; worker: boolean; refused?: RegExp; crossOrigin?: boolean}
> = {
  'a plain page (worker)': {worker: true},
  'a page loading the CDN build from another origin (worker through a blob: module)': {
    worker: true,
    crossOrigin: true,
  },
  'a page enforcing Trusted Types (worker)': {
    csp: `${strictCsp}; require-trusted-types-for 'script'; trusted-types lit-html tsuzuri`,
    worker: true,
  },
  'a page enforcing Trusted Types with only Lit’s policy (main thread)': {
    csp: `${strictCsp}; require-trusted-types-for 'script'; trusted-types lit-html`,
    worker: false,
    refused: /^trusted-types trusted-types-policy$/,
  },
  'a page whose CSP blocks workers (main thread)': {
    csp: `${strictCsp}; worker-src 'none'`,
    worker: false,
    refused: /^worker-src \S+\/cdn\/tsuzuri-essay-parser\.js$/,
  },
}

beforeAll(async () => {
  browser = await launch()
  for (const [name, {csp, crossOrigin}] of Object.entries(pages)) {
    const cdn = crossOrigin ? await serve({cors: true}) : undefined
    const page = await serve({
      placeholders: {CDN: `${cdn?.origin ?? ''}/cdn`},
      ...(csp ? {pageHeaders: {'content-security-policy': csp}} : {}),
    })
    sites[name] = {page, cdn: cdn ?? page}
  }
})

afterAll(async () => {
  await browser?.close()
  await Promise.all(
    Object.values(sites)
      .flatMap(({page, cdn}) => (page === cdn ? [page] : [page, cdn]))
      .map((site) => site.close()),
  )
})

/** What the element shows, the essay it announced, and the CDN files fetched, for one `src`. */
async function show(site: {page: Site; cdn: Site}, src: string) {
  const from = site.cdn.requests.length
  const {page, problems} = await open(
    browser,
    `${site.page.origin}/essay.html?${new URLSearchParams({src})}`,
  )
  await settled(page)
  const result = {
    text: await text(page),
    essays: await loaded(page),
    failures: await failures(page),
    violations: await violations(page),
    errors: problems.errors.filter((error) => !/tsuzuri/.test(error)),
    answered: await page.evaluate(() => (window as {answered?: number}).answered !== undefined),
    files: site.cdn.requests.slice(from).filter((path) => path.startsWith('/cdn/')),
  }
  await page.context().close()
  return result
}

const text = (page: Page) =>
  page.evaluate(() => {
    const base = document.querySelector('tsuzuri-essay')?.shadowRoot?.querySelector('.base')
    // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees.
    return (base as HTMLElement | null | undefined)?.innerText ?? ''
  })

for (const [name, {worker, refused}] of Object.entries(pages)) {
  describe(name, () => {
    it('should decode named references as Node does, loading the table of names', async () => {
      const site = sites[name] as {page: Site; cdn: Site}
      const markdown = await show(site, '/references/with.md')
      const json = await show(site, '/references/with.json')
      expect(markdown.failures).toEqual([])
      expect(markdown.essays).toHaveLength(1)
      expect(markdown.essays).toEqual(json.essays)
      expect(markdown.text).toBe(json.text)
      expect(markdown.text).toContain('Café nights — a year of night shifts')
      expect(markdown.text).toContain('Night after night… the espresso machine')
      expect(markdown.text).toContain('© 2024, été.')
      expect(markdown.text).toContain('∳ is the longest name')
      expect(markdown.text).toContain('A note &foo; stays as it is, &notit; too')
      expect(markdown.text).not.toMatch(/&(?:hellip|eacute|copy);/)
      // Sections in other tabs: the intro, a strategy's title.
      expect(JSON.stringify(markdown.essays)).toContain('notebook… of every shift\u00a0I worked')
      expect(JSON.stringify(markdown.essays)).toContain('"title":"Sleep in blocks…"')
      expect(markdown.files).toContain(table)
      expect(markdown.answered).toBe(worker)
      expect(markdown.errors).toEqual([])
      expect(markdown.violations.filter((violation) => !refused?.test(violation))).toEqual([])
    })

    it('should parse an essay without named references as Node does, without fetching the table', async () => {
      const site = sites[name] as {page: Site; cdn: Site}
      const markdown = await show(site, '/references/without.md')
      const json = await show(site, '/references/without.json')
      expect(markdown.failures).toEqual([])
      expect(markdown.essays).toEqual(json.essays)
      expect(markdown.text).toBe(json.text)
      expect(markdown.text).toContain(
        'Night after night … the machine hissed. A & B, &1; and & alone.',
      )
      expect(markdown.files).toContain('/cdn/tsuzuri-essay-parser.js')
      expect(markdown.files).not.toContain(table)
      expect(markdown.answered).toBe(worker)
      expect(markdown.errors).toEqual([])
      expect(markdown.violations.filter((violation) => !refused?.test(violation))).toEqual([])
    })
  })
}
