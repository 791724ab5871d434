import {readdirSync, readFileSync} from 'node:fs'
import {corpusDirectory} from '@tsuzuri/corpus'
import {buildCollection, type Collection, parseEssay} from '@tsuzuri/essay'
import type {Page} from 'playwright-core'
import {beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {axeViolations, elementsSettled, openPage} from './support/browser.js'
import {useSite} from './support/site.js'

let page: Page
/** Console errors and failed requests on `page` so far (see `openPage`). */
let problems: string[]
/** The built site's `samples/collection.json`. */
let collection: Collection

const site = useSite()

beforeAll(async () => {
  const response = await fetch(`${site.server.url}samples/collection.json`)
  expect(response.ok).toBe(true)
  collection = (await response.json()) as Collection
})

beforeEach(async () => {
  ;({page, problems} = await openPage(site.browser, {viewport: {width: 1280, height: 900}}))
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.server.url})
  await page.goto(`${site.server.url}digest/`, {waitUntil: 'networkidle'})
  await elementsSettled(page)
  return () => page.context().close()
})

/** The text of the live count, which says how many entries from how many posts are shown. */
async function count(): Promise<string> {
  return (await page.locator('tsuzuri-digest [part~="count"]').textContent()) ?? ''
}

/** The two numbers of “1,234 strategies from 56 posts”. */
function numbers(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*/g)].map((match) => Number(match[0].replaceAll(',', '')))
}

describe('the digest page', () => {
  it('should serve samples/collection.json as buildCollection makes it from every sample essay', () => {
    const files = readdirSync(corpusDirectory).filter((file) => /\.(?:md|txt)$/.test(file))
    const byName = new Map(files.map((file) => [file.replace(/\.[^.]+$/, ''), file]))
    // Every sample, none skipped, each named by its file name.
    expect(collection.essays.map((essay) => essay.id).sort()).toEqual([...byName.keys()].sort())
    expect(collection.skipped).toEqual([])
    // And nothing but what the library makes of them, in the site's order.
    const inputs = collection.essays.map(({id}) => {
      const file = byName.get(id) ?? ''
      const text = readFileSync(`${corpusDirectory}${file}`, 'utf8')
      return {
        essay: parseEssay(text, {format: file.endsWith('.txt') ? 'text' : 'markdown'}),
        name: id,
      }
    })
    expect(collection).toEqual(buildCollection(inputs))
  })

  it('should show the strategies of the sample essays through <tsuzuri-digest>, credited, without a console error or a failed request', async () => {
    const element = page.locator('tsuzuri-digest')
    await expect(element.getAttribute('src')).resolves.toBe('../samples/collection.json')
    await expect(element.getAttribute('kind')).resolves.toBe('strategies')

    const [items = 0, posts = 0] = numbers(await count())
    expect(posts).toBeGreaterThan(collection.essays.length / 2)
    expect(posts).toBeLessThanOrEqual(collection.essays.length)
    expect(items).toBeGreaterThanOrEqual(posts)

    // The first essay with strategy items heads the list, with its items, by its author.
    const first = collection.essays.find((essay) =>
      essay.kinds.strategies?.some((section) => (section.items ?? []).length > 0),
    )
    const firstItem = first?.kinds.strategies?.flatMap((section) => section.items ?? [])[0]
    const group = element.locator('[part~="group"]').first()
    await expect(group.locator('[part~="group-heading"]').textContent()).resolves.toBe(first?.title)
    await expect(group.locator('[part~="item-title"]').first().textContent()).resolves.toBe(
      firstItem?.title,
    )
    if (first?.author) {
      await expect(group.locator('[part~="credit"]').textContent()).resolves.toContain(first.author)
    }

    // An essay whose frontmatter names its post is linked to it, section by section; the others
    // are credited without a link. The groups come in the collection's order (twins, such as a
    // Markdown essay and its plain-text copy, share a title: match them in that order).
    const groups = await element.locator('[part~="group"]').all()
    let next = 0
    let linked = 0
    let unlinked = 0
    for (const shown of groups) {
      const title = await shown.locator('[part~="group-heading"]').textContent()
      const index = collection.essays.findIndex(
        (essay, at) => at >= next && (essay.title ?? 'Untitled') === title,
      )
      expect(index, `no essay titled “${title}” after the previous group`).toBeGreaterThanOrEqual(0)
      next = index + 1
      const essay = collection.essays[index]
      if (!essay) continue
      const headingLink = shown.locator('[part~="group-heading"] a')
      const itemLinks = await shown
        .locator('a[part~="item-title"]')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
      if (essay.url) {
        linked++
        await expect(headingLink.getAttribute('href')).resolves.toBe(essay.url)
        const sections = new Set(
          Object.values(essay.kinds).flatMap((list) => list.map((section) => section.id)),
        )
        expect(itemLinks.length).toBeGreaterThan(0)
        for (const href of itemLinks) {
          const target = new URL(href)
          expect(`${target.origin}${target.pathname}`).toBe(new URL(essay.url).href)
          expect(sections.has(decodeURIComponent(target.hash.slice(1)))).toBe(true)
        }
      } else {
        unlinked++
        await expect(headingLink.count()).resolves.toBe(0)
        expect(itemLinks).toEqual([])
      }
    }
    expect(linked).toBeGreaterThan(0)
    expect(unlinked).toBeGreaterThan(0)

    expect(problems).toEqual([])
  })

  it('should narrow the list as the reader searches and picks a language, axe still clean', async () => {
    const before = numbers(await count())
    const english = collection.essays.find(
      (essay) =>
        essay.lang === 'en' &&
        essay.kinds.strategies?.some((section) => (section.items ?? []).length > 0),
    )
    const title = english?.kinds.strategies?.flatMap((section) => section.items ?? [])[0]?.title
    expect(title).toBeTruthy()

    const all = await count()
    await page.locator('tsuzuri-digest').getByLabel('Language').selectOption('en')
    await expect.poll(count).not.toBe(all)
    const langs = await page
      .locator('tsuzuri-digest [part~="group"]')
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('lang')))
    expect(langs.length).toBeGreaterThan(0)
    expect(new Set(langs)).toEqual(new Set(['en']))

    await page
      .locator('tsuzuri-digest')
      .getByRole('searchbox', {name: 'Search'})
      .fill(title ?? '')
    await expect
      .poll(async () => page.locator('tsuzuri-digest [part~="item-title"]').allTextContents())
      .toContain(title)
    const after = numbers(await count())
    expect(after[0]).toBeLessThan(before[0] ?? 0)
    expect(after[1]).toBeLessThan(before[1] ?? 0)

    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })

  it('should copy the two-line snippet that loads <tsuzuri-digest> and points it at a collection', async () => {
    const snippet = (await page.locator('#digest-snippet').textContent()) ?? ''
    const lines = snippet.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      /^<script type="module" src="https:[^"]+\/tsuzuri-digest\.js"><\/script>$/,
    )
    expect(lines[1]).toBe(
      '<tsuzuri-digest src="collection.json" kind="strategies"></tsuzuri-digest>',
    )
    await page.getByRole('button', {name: 'Copy the snippet'}).click()
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(snippet)
    await expect(
      page
        .locator('.copy-block', {has: page.locator('#digest-snippet')})
        .locator('.copy-status')
        .textContent(),
    ).resolves.toBe('Copied.')

    const command = (await page.locator('#digest-command').textContent()) ?? ''
    expect(command).toMatch(/^npx tsuzuri index .+ --out /)
  })

  it('should link to the collection it shows, the collections doc and the element guide', async () => {
    const hrefs = await page
      .locator('.digest-embed a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
    const paths = hrefs.map((href) => new URL(href).pathname + new URL(href).hash)
    expect(paths).toContain('/samples/collection.json')
    expect(paths).toContain('/docs/collection/')
    expect(paths.some((path) => path.startsWith('/docs/element/#'))).toBe(true)
    await expect(page.locator('.site-nav a[aria-current="page"]').textContent()).resolves.toBe(
      'Digest',
    )
  })
})
