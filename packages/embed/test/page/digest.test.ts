import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {hostileCollection} from '../hostile-collection.js'
import {launch, open, violations} from './browser.js'
import {type Site, serve} from './server.js'

// <tsuzuri-digest> from its CDN file on a plain HTML page with one script tag, served over http
// on 127.0.0.1 and opened in Chromium: without a policy, under a strict Content-Security-Policy
// and under Trusted Types allowing Lit's policy alone (the digest starts no worker, so it needs no
// `tsuzuri` policy). It reads JSON only: no parser file is ever requested.

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'"
const policies = {
  'no CSP': undefined,
  'a strict CSP': strictCsp,
  'Trusted Types': `${strictCsp}; require-trusted-types-for 'script'; trusted-types lit-html`,
}

const collection = readFileSync(
  new URL('../fixtures/collection/collection.json', import.meta.url),
  'utf8',
)
const page = (body: string, lang = 'en') => `<!doctype html>
<html lang="${lang}">
<meta charset="utf-8">
<title>Digest</title>
<script type="module" src="/cdn/tsuzuri-digest.js"></script>
<h1>What our writers did</h1>
${body}
`
const files: Record<string, string> = {
  '/collection.json': collection,
  '/hostile.json': JSON.stringify(hostileCollection),
  '/digest.html': page(
    '<tsuzuri-digest src="/collection.json" tag="ワーママ" limit="20"></tsuzuri-digest>',
    'ja',
  ),
  '/hostile.html': page(
    '<tsuzuri-digest src="/hostile.json" group="none"></tsuzuri-digest>\n<tsuzuri-digest src="/hostile.json"></tsuzuri-digest>',
  ),
  // A spacer three viewports high, from a style sheet (the strict CSP refuses inline styles).
  '/spacer.css': '.spacer { height: 300vh }',
  '/lazy.html': page(
    '<link rel="stylesheet" href="/spacer.css"><div class="spacer"></div><tsuzuri-digest loading="lazy" src="/collection.json?lazy"></tsuzuri-digest>',
  ),
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

let browser: Browser
const sites: Record<string, Site> = {}

beforeAll(async () => {
  browser = await launch()
  for (const [name, csp] of Object.entries(policies)) {
    sites[name] = await serve({
      files,
      ...(csp ? {pageHeaders: {'content-security-policy': csp}} : {}),
    })
  }
})

afterAll(async () => {
  await browser?.close()
  await Promise.all(Object.values(sites).map((site) => site.close()))
})

/** Wait until every `<tsuzuri-digest>` of the page shows its list (or an error). */
const shown = (target: Page) =>
  target.waitForFunction(
    () =>
      [...document.querySelectorAll('tsuzuri-digest')].every((element) =>
        element.shadowRoot?.querySelector('[part="count"], [part="error"]'),
      ),
    undefined,
    {timeout: 10_000},
  )

/** What a reader sees in the first `<tsuzuri-digest>`. */
const text = (target: Page) =>
  target.evaluate(() => {
    const base = document.querySelector('tsuzuri-digest')?.shadowRoot?.querySelector('.base')
    // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees.
    return (base as HTMLElement | null | undefined)?.innerText ?? ''
  })

/** axe violations in the page's `<tsuzuri-digest>` elements (shadow roots included). */
async function axe(target: Page): Promise<string[]> {
  await target.evaluate(axeSource)
  return target.evaluate(async () => {
    const {axe} = window as unknown as {axe: typeof import('axe-core')}
    const result = await axe.run({include: [['tsuzuri-digest']]}, {resultTypes: ['violations']})
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} ${JSON.stringify(node.target)}`),
    )
  })
}

for (const name of Object.keys(policies)) {
  describe(`<tsuzuri-digest> from the CDN file with ${name}`, () => {
    it('should list the strategies of the collection, with filters, search and links, and no violation or error', async () => {
      const site = sites[name] as Site
      const before = site.requests.length
      const {page: tab, problems} = await open(browser, `${site.origin}/digest.html`)
      await shown(tab)
      const seen = await text(tab)
      expect(seen).toContain('2 件の記事から 11 件の対策')
      expect(seen).toContain('上司と話す')
      expect(seen).toContain('佐藤みのり')
      const digest = tab.locator('tsuzuri-digest')
      const link = digest.getByRole('link', {name: '上司と話す'})
      expect(await link.getAttribute('href')).toBe(
        `https://example.com/minori/back-to-work#${encodeURIComponent('1-上司と話す')}`,
      )
      await digest.getByRole('searchbox', {name: '検索'}).fill('記録')
      expect(await text(tab)).toContain('1 件の記事から 1 件の対策')
      await digest.getByRole('searchbox', {name: '検索'}).fill('')
      await digest.getByRole('combobox', {name: 'タグ'}).selectOption('育休復帰')
      expect(await text(tab)).toContain('1 件の記事から 6 件の対策')
      const requested = site.requests.slice(before)
      expect(requested.filter((path) => path.startsWith('/cdn/'))).toEqual([
        '/cdn/tsuzuri-digest.js',
      ])
      expect(requested.filter((path) => path.includes('parser'))).toEqual([])
      expect(requested.filter((path) => path === '/collection.json')).toHaveLength(1)
      expect(problems.errors).toEqual([])
      expect(await violations(tab)).toEqual([])
      expect(await axe(tab)).toEqual([])
      await tab.context().close()
    })

    it('should run nothing from a hostile collection, and link no javascript:, data: or relative URL', async () => {
      const site = sites[name] as Site
      const {page: tab, problems} = await open(browser, `${site.origin}/hostile.html`)
      await shown(tab)
      await tab.waitForTimeout(200)
      expect(await tab.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined()
      const found = await tab.evaluate(() =>
        [...document.querySelectorAll('tsuzuri-digest')].flatMap((element) => {
          const root = element.shadowRoot as ShadowRoot
          return [
            ...[...root.querySelectorAll('*')]
              .filter(
                (node) =>
                  /^(?:script|img|iframe|b|svg)$/.test(node.localName) ||
                  [...node.attributes].some((attribute) => attribute.name.startsWith('on')),
              )
              .map((node) => node.outerHTML),
            ...[...root.querySelectorAll('a')].map((link) => link.getAttribute('href')),
          ]
        }),
      )
      expect(found).toEqual([
        `https://example.com/fine#${encodeURIComponent('a b"<c>')}`,
        'https://example.com/fine#old',
        `https://example.com/fine#${encodeURIComponent('a b"<c>')}`,
      ])
      expect(await text(tab)).toContain('<script>window.__pwned="item"</script>Be careful')
      expect(problems.errors).toEqual([])
      expect(await violations(tab)).toEqual([])
      await tab.context().close()
    })
  })
}

describe('<tsuzuri-digest loading="lazy"> from the CDN file', () => {
  it('should not fetch the collection until the reader scrolls near it', async () => {
    const site = sites['a strict CSP'] as Site
    const {page: tab} = await open(browser, `${site.origin}/lazy.html`)
    await tab.waitForFunction(
      () => document.querySelector('tsuzuri-digest')?.shadowRoot?.querySelector('[part="loading"]'),
      undefined,
      {timeout: 10_000},
    )
    await tab.waitForTimeout(300)
    expect(site.requests).not.toContain('/collection.json?lazy')
    await tab.locator('tsuzuri-digest').scrollIntoViewIfNeeded()
    await shown(tab)
    expect(site.requests.filter((path) => path === '/collection.json?lazy')).toHaveLength(1)
    expect(await text(tab)).toContain('27 strategies from 6 posts')
    await tab.context().close()
  })
})

describe('<tsuzuri-digest> without the parser', () => {
  const dist = new URL('../../dist/', import.meta.url)
  /** Every module the npm build's `tsuzuri-digest.js` imports, and the packages they import. */
  function graph(): {files: string[]; packages: string[]} {
    const files = new Set<string>()
    const packages = new Set<string>()
    const visit = (url: URL) => {
      if (files.has(url.href)) return
      files.add(url.href)
      const code = readFileSync(url, 'utf8')
      for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
        if (specifier?.startsWith('.')) visit(new URL(specifier, url))
        else if (specifier) packages.add(specifier)
      }
    }
    visit(new URL('tsuzuri-digest/tsuzuri-digest.js', dist))
    return {
      files: [...files].map((file) => file.slice(dist.href.length)).sort(),
      packages: [...packages].sort(),
    }
  }

  it('should import Lit and `safeUrl`’s module of @tsuzuri/essay only, none of the parser', () => {
    const {files, packages} = graph()
    expect(packages).toEqual(['@tsuzuri/essay/html-allowlist', 'lit'])
    expect(
      files.filter((file) => /parser|markdown|source|sanitize|essay-data|render/.test(file)),
    ).toEqual([])
  })

  it('should bundle nothing of the parser in its CDN file, and import nothing', () => {
    const cdnFile = readFileSync(new URL('cdn/tsuzuri-digest.js', dist), 'utf8')
    expect(cdnFile).not.toMatch(/\bimport\s*\(|\bimport\s*["{]|tsuzuri-essay-parser|new Worker/)
  })
})
