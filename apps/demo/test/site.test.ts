import {existsSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations, elementsSettled, launchBrowser, openPage} from './support/browser.js'
import {type StaticServer, serveStatic} from './support/server.js'

const docsDir = fileURLToPath(new URL('../../../docs/', import.meta.url))

/** What a visit to one page found. */
interface Visit {
  problems: string[]
  ids: string[]
  links: string[]
  h1Count: number
  lang: string
  title: string
}

let server: StaticServer
let browser: Browser
/** Every page reachable from the home page, by path (`''`, `docs/cli/`), as first visited. */
const visits = new Map<string, Visit>()
/** The same pages on a 375 px phone in dark mode. */
const phoneVisits = new Map<string, Visit & {overflow: number; axe: string[]}>()
const axeLight = new Map<string, string[]>()

function isPage(url: URL): boolean {
  return url.pathname.endsWith('/') || url.pathname.endsWith('.html')
}

async function visit(path: string, options: {phone?: boolean} = {}) {
  const {page, problems} = await openPage(
    browser,
    options.phone
      ? {viewport: {width: 375, height: 812}, colorScheme: 'dark', isMobile: true, hasTouch: true}
      : {viewport: {width: 1280, height: 900}, colorScheme: 'light'},
  )
  const response = await page.goto(server.url + path, {waitUntil: 'networkidle'})
  if (!response?.ok()) problems.push(`HTTP ${response?.status()} for the page itself`)
  try {
    await elementsSettled(page)
  } catch {
    problems.push('<tsuzuri-essay> or <tsuzuri-digest> never showed what it points at')
  }
  const found = await page.evaluate(() => ({
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
    links: [...document.querySelectorAll('a[href]')].map(
      (link) => (link as HTMLAnchorElement).href,
    ),
    h1Count: document.querySelectorAll('h1').length,
    lang: document.documentElement.lang,
    title: document.title,
    // Not `innerWidth`: a phone zooms out to fit a page that is too wide, and that grows too.
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }))
  const axe = await axeViolations(page)
  await page.context().close()
  return {...found, problems, axe}
}

/** Run `task` on every item, a few at a time. */
async function inPool<T>(items: readonly T[], task: (item: T) => Promise<void>, size = 3) {
  const pending = [...items]
  const worker = async () => {
    for (let item = pending.shift(); item !== undefined; item = pending.shift()) await task(item)
  }
  await Promise.all(Array.from({length: size}, worker))
}

beforeAll(async () => {
  server = await serveStatic()
  browser = await launchBrowser()
  const origin = new URL(server.url).origin
  const queued = new Set([''])
  // Breadth first, one level of links at a time, the pages of a level side by side.
  let level = ['']
  while (level.length > 0) {
    const next: string[] = []
    await inPool(level, async (path) => {
      const {axe, overflow: _, ...found} = await visit(path)
      visits.set(path, found)
      axeLight.set(path, axe)
      for (const href of found.links) {
        const url = new URL(href)
        if (url.origin !== origin || !isPage(url)) continue
        const target = decodeURIComponent(url.pathname.slice(1))
        if (!queued.has(target)) {
          queued.add(target)
          next.push(target)
        }
      }
    })
    level = next
  }
  await inPool([...visits.keys()], async (path) => {
    phoneVisits.set(path, await visit(path, {phone: true}))
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Failures as `page: problem` lines, so a failing test says where. */
function report(entries: Iterable<[string, string[]]>): string[] {
  return [...entries].flatMap(([path, problems]) =>
    problems.map((problem) => `/${path}: ${problem}`),
  )
}

describe('the site', () => {
  it('should reach the playground, the gallery, the digest and every doc from the home page', () => {
    const expected = ['', 'playground/', 'gallery/', 'digest/']
    const languages = readdirSync(docsDir, {withFileTypes: true}).filter((entry) =>
      entry.isDirectory(),
    )
    for (const file of readdirSync(docsDir)) {
      if (file.endsWith('.md'))
        expected.push(file === 'index.md' ? 'docs/' : `docs/${file.slice(0, -3)}/`)
    }
    for (const language of languages) {
      for (const file of readdirSync(`${docsDir}${language.name}`)) {
        if (file.endsWith('.md')) expected.push(`docs/${language.name}/${file.slice(0, -3)}/`)
      }
    }
    expect([...visits.keys()].sort()).toEqual(expect.arrayContaining(expected.sort()))
    expect(existsSync(`${docsDir}index.md`)).toBe(true)
  })

  it('should load every page without a console error or a failed request', () => {
    expect(report([...visits].map(([path, found]) => [path, found.problems]))).toEqual([])
    expect(report([...phoneVisits].map(([path, found]) => [path, found.problems]))).toEqual([])
  })

  it('should resolve every link between pages, fragments included', async () => {
    const origin = new URL(server.url).origin
    const broken: string[] = []
    for (const [path, found] of visits) {
      for (const href of found.links) {
        const url = new URL(href)
        if (url.origin !== origin) continue
        const targetPath = decodeURIComponent(url.pathname.slice(1))
        const fragment = decodeURIComponent(url.hash.slice(1))
        if (isPage(url)) {
          const target = visits.get(targetPath)
          if (!target) broken.push(`/${path}: ${href} is not a page`)
          else if (fragment && !target.ids.includes(fragment)) {
            broken.push(`/${path}: ${href} has no element with id “${fragment}”`)
          }
        } else {
          const response = await fetch(url)
          if (!response.ok) broken.push(`/${path}: ${href} answers ${response.status}`)
        }
        if (/\.md(?:$|#)/.test(url.pathname))
          broken.push(`/${path}: ${href} links to Markdown, not a page`)
      }
    }
    expect(broken).toEqual([])
  })

  it('should pass axe on every page, light at 1280 px and dark at 375 px', () => {
    expect(report(axeLight)).toEqual([])
    expect(report([...phoneVisits].map(([path, found]) => [path, found.axe]))).toEqual([])
  })

  it('should fit every page on a 375 px phone without sideways scrolling', () => {
    const overflowing = [...phoneVisits]
      .filter(([, found]) => found.overflow > 0)
      .map(([path, found]) => `/${path}: ${found.overflow}px too wide`)
    expect(overflowing).toEqual([])
  })

  it('should give every page a language, a title and one main heading', () => {
    const wrong = [...visits].flatMap(([path, found]) => [
      ...(found.lang ? [] : [`/${path}: no lang`]),
      ...(found.title ? [] : [`/${path}: no title`]),
      ...(found.h1Count === 1 ? [] : [`/${path}: ${found.h1Count} h1 elements`]),
    ])
    expect(wrong).toEqual([])
  })
})
