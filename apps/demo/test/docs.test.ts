import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Page} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {openPage} from './support/browser.js'
import {useSite} from './support/site.js'

const manifestPath = fileURLToPath(
  new URL('../node_modules/@tsuzuri/embed/custom-elements.json', import.meta.url),
)

const docsDir = fileURLToPath(new URL('../../../docs/', import.meta.url))

/** The page of every Markdown file in `docs/` and its language folders. */
function docPages(): string[] {
  const pages: string[] = []
  const add = (folder: string) => {
    for (const entry of readdirSync(docsDir + folder, {withFileTypes: true})) {
      if (entry.isFile() && entry.name.endsWith('.md')) {
        pages.push(
          entry.name === 'index.md'
            ? `docs/${folder}`
            : `docs/${folder}${entry.name.slice(0, -3)}/`,
        )
      } else if (entry.isDirectory() && folder === '') add(`${entry.name}/`)
    }
  }
  add('')
  return pages
}

const site = useSite()

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const {page} = await openPage(site.browser, {javaScriptEnabled})
  await page.goto(site.server.url + path, {waitUntil: 'networkidle'})
  return page
}

interface Named {
  name: string
  description?: string
}

interface Declaration {
  customElement?: boolean
  tagName?: string
  name?: string
  attributes?: Named[]
  events?: Named[]
  cssParts?: Named[]
  cssProperties?: Named[]
}

function manifestElement(): Declaration {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    modules: Array<{declarations?: Declaration[]}>
  }
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement)
  const element =
    elements.find((declaration) => declaration.tagName === 'tsuzuri-essay') ?? elements[0]
  if (!element) throw new Error('custom-elements.json declares no custom element')
  return element
}

describe('the docs', () => {
  it('should list the element’s attributes, events, parts and CSS properties from its manifest', async () => {
    expect(existsSync(manifestPath)).toBe(true)
    const element = manifestElement()
    const page = await open('docs/element/')
    const names = await page.locator('.reference dt').allTextContents()
    const documented = [
      ...(element.attributes ?? []),
      ...(element.events ?? []).filter((item) => item.description),
      ...(element.cssParts ?? []),
      ...(element.cssProperties ?? []),
    ].map((item) => item.name)
    expect(documented.length).toBeGreaterThan(10)
    expect(names).toEqual(expect.arrayContaining(documented))
    await page.context().close()
  })

  it('should offer Getting started and the element’s page in Japanese and back', async () => {
    for (const name of ['getting-started', 'element']) {
      const page = await open(`docs/${name}/`)
      await page.getByRole('link', {name: '日本語で読む'}).click()
      await page.waitForURL(`**/docs/ja/${name}/`)
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja')
      await page.getByRole('link', {name: 'Read in English'}).click()
      await page.waitForURL(`**/docs/${name}/`)
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
      await page.context().close()
    }
  })

  it('should render docs without JavaScript, with navigation and a table of contents', async () => {
    const page = await open('docs/getting-started/', false)
    await expect(page.locator('h1').textContent()).resolves.toBe('Getting started')
    const nav = page.getByRole('navigation', {name: 'Documentation'})
    await expect(
      nav.getByRole('link', {name: 'Getting started'}).getAttribute('aria-current'),
    ).resolves.toBe('page')
    const toc = page.getByRole('navigation', {name: 'On this page'})
    const first = toc.getByRole('link').first()
    const target = ((await first.getAttribute('href')) ?? '').slice(1)
    await expect(page.locator(`[id="${target}"]`).count()).resolves.toBe(1)
    await page.context().close()
  })

  it('should render no Markdown as plain text (tables, fences)', async () => {
    const leftovers: string[] = []
    const {page} = await openPage(site.browser, {javaScriptEnabled: false})
    for (const path of docPages()) {
      await page.goto(site.server.url + path)
      const paragraphs = await page.locator('.doc p').allTextContents()
      for (const text of paragraphs) {
        if (/^\s*\|.*\|/.test(text) || text.includes('```')) {
          leftovers.push(`/${path}: “${text.slice(0, 60)}…”`)
        }
      }
    }
    await page.context().close()
    expect(leftovers).toEqual([])
  })

  it('should be usable from the keyboard: Tab through the site nav to the docs nav, Enter follows a link', async () => {
    const {page, problems} = await openPage(site.browser, {viewport: {width: 1280, height: 900}})
    await page.goto(`${site.server.url}docs/getting-started/`, {waitUntil: 'networkidle'})
    /** The focused element: its text, its link target and the navigation it is in. */
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement
        return {
          text: element?.textContent?.trim() ?? '',
          href: element instanceof HTMLAnchorElement ? element.href : undefined,
          current: element?.getAttribute('aria-current') ?? undefined,
          nav: element?.closest('nav')?.getAttribute('aria-label') ?? undefined,
        }
      })

    // Skip link, brand, then the site nav, then the docs nav.
    const visited: Array<Awaited<ReturnType<typeof focused>>> = []
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab')
      const now = await focused()
      visited.push(now)
      if (now.nav === 'Documentation' && now.href && now.current !== 'page') break
    }
    const navs = visited.map((item) => item.nav)
    expect(navs.indexOf('Site')).toBeGreaterThan(-1)
    expect(navs.indexOf('Site')).toBeLessThan(navs.indexOf('Documentation'))
    const target = visited.at(-1)
    expect(target?.nav).toBe('Documentation')
    if (!target?.href) throw new Error('Tab never reached a link of the docs nav')

    await page.keyboard.press('Enter')
    await page.waitForURL(target.href)
    const nav = page.getByRole('navigation', {name: 'Documentation'})
    await expect(
      nav.getByRole('link', {name: target.text, exact: true}).getAttribute('aria-current'),
    ).resolves.toBe('page')
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('should render the docs through @tsuzuri/essay, sections tagged by kind', async () => {
    const page = await open('docs/getting-started/')
    const sections = page.locator('.doc article.tsuzuri-essay > section[data-kind]')
    await expect(sections.count()).resolves.toBeGreaterThan(2)
    await page.context().close()
  })
})
