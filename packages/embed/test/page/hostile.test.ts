import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {failures, launch, open, settled, violations} from './browser.js'
import {type Site, serve} from './server.js'

// The element on hostile pages (Trusted Types, strict CSP with reports) and hostile servers
// (forged essays, bodies that never end, images, huge or pathological essays), each served over
// http on 127.0.0.1 and opened in Chromium.

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'"
/** Trusted Types enforced: Lit's policy and the element's own (for its parser worker) allowed. */
const trustedTypes = `${strictCsp}; require-trusted-types-for 'script'; trusted-types lit-html tsuzuri`

let browser: Browser
let plain: Site
let strict: Site
let typed: Site
let litOnly: Site
let noWorkers: Site

beforeAll(async () => {
  browser = await launch()
  const placeholders = {CDN: '/cdn', MIRROR: '/mirror/cdn'}
  const site = (csp?: string) =>
    serve({placeholders, ...(csp ? {pageHeaders: {'content-security-policy': csp}} : {})})
  ;[plain, strict, typed, litOnly, noWorkers] = await Promise.all([
    site(),
    site(strictCsp),
    site(trustedTypes),
    site(`${strictCsp}; require-trusted-types-for 'script'; trusted-types lit-html`),
    site(`${strictCsp}; worker-src 'none'`),
  ])
})

afterAll(async () => {
  await browser?.close()
  await Promise.all([plain, strict, typed, litOnly, noWorkers].map((server) => server?.close()))
})

/** The page with one `<tsuzuri-essay src>` (and `timeout`, `max-size` when given). */
const essayPage = (site: Site, src: string, more: {timeout?: number; max?: number} = {}) => {
  const query = new URLSearchParams({src})
  if (more.timeout !== undefined) query.set('timeout', String(more.timeout))
  if (more.max !== undefined) query.set('max', String(more.max))
  return `${site.origin}/essay.html?${query}`
}

const shown = (page: Page) =>
  page.evaluate(() => {
    const element = document.querySelector('tsuzuri-essay')
    const base = element?.shadowRoot?.querySelector('.base') as HTMLElement | null | undefined
    return {
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees.
      text: base?.innerText ?? '',
      height: element?.getBoundingClientRect().height ?? 0,
      tabs: element?.shadowRoot?.querySelectorAll('[role="tab"]').length ?? 0,
    }
  })

describe('a page that enforces Trusted Types (require-trusted-types-for)', () => {
  it('should show an essay fetched as Markdown', async () => {
    const {page, problems} = await open(browser, `${typed.origin}/site.html`)
    await settled(page)
    const {text} = await shown(page)
    expect(text).toContain('復帰したら、席が変わっていた')
    expect(text).toContain('上司と話す')
    expect(problems.errors).toEqual([])
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it('should show an essay fetched as JSON, and a forged one without running anything', async () => {
    for (const path of ['/json.html', '/essay.html?src=/hostile/forged.json']) {
      const {page, problems} = await open(browser, typed.origin + path)
      await settled(page)
      expect((await shown(page)).tabs).toBeGreaterThan(0)
      expect(await page.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined()
      expect(problems.errors.filter((error) => !/404/.test(error))).toEqual([])
      expect(await violations(page)).toEqual([])
      await page.context().close()
    }
  })

  it('should enhance pre-rendered children into tabs, at full height', async () => {
    const {page, problems} = await open(browser, `${typed.origin}/no-js.html`)
    await settled(page)
    const {text, height, tabs} = await shown(page)
    expect(text).toMatch(/体験談\s*1\s*対策\s*1/)
    expect(tabs).toBe(2)
    expect(height).toBeGreaterThan(200)
    expect(problems.errors).toEqual([])
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it('should show inline Markdown', async () => {
    const {page, problems} = await open(browser, `${typed.origin}/inline.html`)
    await settled(page)
    expect((await shown(page)).text).toContain('Walking at lunch')
    expect(problems.errors).toEqual([])
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it('should still parse (on the main thread) when the page allows only Lit’s policy', async () => {
    const {page, problems} = await open(browser, `${litOnly.origin}/site.html`)
    await settled(page)
    expect((await shown(page)).text).toContain('上司と話す')
    expect(problems.errors.filter((error) => !/tsuzuri/.test(error))).toEqual([])
    // Creating the `tsuzuri` policy is refused once, and reported once.
    expect(await violations(page)).toEqual(['trusted-types trusted-types-policy'])
    await page.context().close()
  })
})

describe('a page with a strict CSP that reports violations', () => {
  it('should read a forged essay with 0 securitypolicyviolation events (other ways of reading HTML fire some)', async () => {
    const {page, problems} = await open(browser, essayPage(strict, '/hostile/forged.json'))
    await settled(page)
    expect((await shown(page)).text).toContain('Visible text')
    expect(await page.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined()
    expect(await violations(page)).toEqual([])
    // Its `<img src="x">` is a relative URL: allowed, and a 404 here.
    expect(problems.errors.filter((error) => !/404/.test(error))).toEqual([])
    // The same HTML read the ways the element does not: each of these fires reports, which
    // shows the counter above would have seen them (figures in docs/security.md).
    const {hostileEssay} = await import('../hostile.js')
    const html = hostileEssay.sections[0]?.html ?? ''
    const counts = await page.evaluate(async (markup) => {
      const count = async (read: () => void) => {
        let events = 0
        const listener = () => events++
        document.addEventListener('securitypolicyviolation', listener)
        read()
        await new Promise((resolve) => setTimeout(resolve, 200))
        document.removeEventListener('securitypolicyviolation', listener)
        return events
      }
      const inert = () => document.implementation.createHTMLDocument('')
      return {
        template: await count(() => {
          inert().createElement('template').innerHTML = markup
        }),
        body: await count(() => {
          inert().body.innerHTML = markup
        }),
        domParser: await count(() => new DOMParser().parseFromString(markup, 'text/html')),
        setAttribute: await count(() => inert().createElement('p').setAttribute('onclick', 'x')),
        // The platform's sanitizer, asked for the allowlist's elements and attributes alone.
        setHTML: await count(() => {
          const element = inert().createElement('div') as HTMLDivElement & {
            setHTML?: (html: string, options: object) => void
          }
          element.setHTML?.(markup, {
            sanitizer: {elements: ['p', 'a', 'img'], attributes: ['href', 'src', 'alt']},
          })
        }),
        hasSetHTML: 'setHTML' in Element.prototype,
      }
    }, html)
    console.log('securitypolicyviolation events per way of reading the forged HTML:', counts)
    expect(counts.template).toBeGreaterThan(0)
    expect(counts.body).toBeGreaterThan(0)
    expect(counts.domParser).toBeGreaterThan(0)
    // `setAttribute('onclick', …)` on an element of an inert document fired one report up to
    // Chromium 149 and fires none in Chromium 150: logged above, not asserted.
    // `Element.setHTML()` parses before it sanitizes: the forged essay's `style` attribute is
    // reported (style-src-attr) though the sanitizer was not asked for it. That is why the
    // element does not use it where it exists (see `sanitize.ts`); should a Chromium stop
    // reporting, this fails, and the choice is to be made again.
    expect(counts.hasSetHTML).toBe(true)
    expect(counts.setHTML).toBeGreaterThan(0)
    await page.context().close()
  })

  it('should fall back to the main thread when workers are blocked (worker-src)', async () => {
    const {page} = await open(browser, `${noWorkers.origin}/site.html`)
    await settled(page)
    expect((await shown(page)).text).toContain('上司と話す')
    await page.context().close()
  })
})

describe('a server that answers with something else than an essay', () => {
  const code = async (page: Page) => (await failures(page)).map((failure) => failure.code)

  it('should read Markdown that starts with `{` when it is served as text/markdown', async () => {
    const {page} = await open(browser, essayPage(plain, '/hostile/brace.md'))
    await settled(page)
    expect((await shown(page)).text).toContain('I moved to Osaka alone.')
    expect(await code(page)).toEqual([])
    await page.context().close()
  })

  it('should read Markdown that starts with a tsuzuri tag when it has no content type', async () => {
    const {page} = await open(browser, essayPage(plain, '/hostile/tagged'))
    await settled(page)
    expect((await shown(page)).text).toContain('火曜日の会議室')
    expect(await code(page)).toEqual([])
    await page.context().close()
  })

  it('should refuse an image, with or without its content type, and say why', async () => {
    for (const [path, reason] of [
      ['/hostile/image.png', 'image/png'],
      ['/hostile/untyped.png', 'binary'],
    ] as const) {
      const {page} = await open(browser, essayPage(plain, path))
      await settled(page)
      const [failure] = await failures(page)
      expect(failure?.code).toBe('not-essay')
      expect(failure?.message).toContain(reason)
      expect((await shown(page)).text).toContain(reason)
      await page.context().close()
    }
  })
})

describe('a server that never finishes', () => {
  it('should time out after `timeout` with a `timeout` error', async () => {
    for (const path of ['/hostile/never', '/hostile/silent']) {
      const {page} = await open(browser, essayPage(plain, path, {timeout: 500}))
      const start = Date.now()
      await settled(page)
      expect(Date.now() - start).toBeLessThan(5000)
      expect(await failures(page)).toEqual([
        expect.objectContaining({code: 'timeout', url: `${plain.origin}${path}`}),
      ])
      expect((await shown(page)).text).toContain('Timed out')
      await page.context().close()
    }
  })
})

describe('a server that sends more than `max-size`', () => {
  it('should stop reading at the limit, without a content length, and say so', async () => {
    const {page} = await open(
      browser,
      essayPage(plain, '/hostile/stream.md?bytes=50000000', {max: 100_000}),
    )
    const start = Date.now()
    await settled(page)
    expect(Date.now() - start).toBeLessThan(5000)
    const [failure] = await failures(page)
    expect(failure?.code).toBe('too-large')
    expect(failure?.message).toContain('97.7 KB')
    await page.context().close()
  })
})

describe('a hostile essay', () => {
  /**
   * Parse `src` on a page, and give the long tasks (over 50 ms) the page had while the parser
   * worked (until its worker answered) and after, while the element rendered the essay.
   */
  async function longTasks(src: string) {
    const {page, problems} = await open(browser, essayPage(plain, src, {max: 20_000_000}))
    await page.evaluate(() => {
      const tasks: {start: number; duration: number}[] = []
      Object.assign(window, {tasks})
      new PerformanceObserver((list) => {
        for (const {startTime, duration} of list.getEntries())
          tasks.push({start: startTime, duration: Math.round(duration)})
      }).observe({type: 'longtask', buffered: true})
    })
    await settled(page, 120_000)
    const {tasks, answered = 0} = await page.evaluate(() => {
      const {tasks, answered} = window as unknown as Timings
      return {tasks, answered}
    })
    const result = {
      // A task that ends before the worker answers ran while it parsed; the task that hands the
      // answer over (copying the essay in, rendering it) and later ones come after.
      parsing: tasks
        .filter((task) => task.start + task.duration < answered)
        .map((task) => task.duration),
      rendering: tasks
        .filter((task) => task.start + task.duration >= answered)
        .map((task) => task.duration),
      answered,
      text: (await shown(page)).text,
      errors: problems.errors,
    }
    await page.context().close()
    return result
  }

  for (const [name, src] of [
    ['`- ` 10,000 times on one line', '/hostile/dashes.md'],
    ['`[a](` 20,000 times', '/hostile/brackets.md'],
    ['a 5 MB essay', '/hostile/long.md?bytes=5000000'],
  ]) {
    it(`should keep the page responsive while it parses ${name}`, async () => {
      const {parsing, rendering, answered, errors} = await longTasks(src as string)
      console.log(
        `long tasks (ms) for ${name}: while parsing`,
        parsing,
        'then rendering',
        rendering,
      )
      expect(errors).toEqual([])
      // The parser ran in a worker, which answered.
      expect(answered).toBeGreaterThan(0)
      expect(Math.max(0, ...parsing)).toBeLessThan(200)
    }, 150_000)
  }
})

interface Timings {
  tasks: {start: number; duration: number}[]
  answered?: number
}
