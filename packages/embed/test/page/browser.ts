import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {chromiumLaunchOptions} from '@tsuzuri/chromium'
import {type Browser, type BrowserContextOptions, chromium, type Page} from 'playwright-core'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** Debian's Chromium through playwright-core (never a downloaded browser). */
export function launch(): Promise<Browser> {
  if (!existsSync(new URL('../../dist/cdn/tsuzuri-essay.js', import.meta.url))) {
    throw new Error(
      'Build the package first (`pnpm --filter @tsuzuri/embed build`): dist/cdn/ is missing',
    )
  }
  return chromium.launch(chromiumLaunchOptions)
}

/** What a page did that a site owner would not want: errors, CSP violations. */
export interface Problems {
  errors: string[]
  violations: string[]
}

/** A new page that records uncaught errors, console errors and CSP violations. */
export async function open(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{page: Page; problems: Problems}> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const problems: Problems = {errors: [], violations: []}
  page.on('pageerror', (error) => problems.errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text())
  })
  if (options.javaScriptEnabled !== false) {
    await page.addInitScript(() => {
      const list: string[] = []
      const failures: unknown[] = []
      const loaded: unknown[] = []
      Object.assign(window, {violations: list, failures, loaded})
      document.addEventListener('securitypolicyviolation', (event) => {
        list.push(`${event.violatedDirective} ${event.blockedURI}`)
      })
      document.addEventListener('tsuzuri-error', (event) => {
        failures.push((event as CustomEvent).detail)
      })
      document.addEventListener('tsuzuri-load', (event) => {
        loaded.push((event as CustomEvent).detail)
      })
      // When a worker first answers (the parser's), in `performance.now()` time.
      const Native = window.Worker
      window.Worker = class extends Native {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args)
          this.addEventListener('message', () => {
            const timing = window as unknown as {answered?: number}
            timing.answered ??= performance.now()
          })
        }
      }
    })
  }
  await page.goto(url)
  return {page, problems}
}

/** CSP violations the page recorded. */
export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as {violations?: string[]}).violations ?? [])
}

/** The `detail` of every `tsuzuri-error` the page saw. */
export async function failures(page: Page): Promise<{code: string; message: string}[]> {
  return page.evaluate(
    () => (window as unknown as {failures?: {code: string; message: string}[]}).failures ?? [],
  )
}

/** The `detail` (the essay shown) of every `tsuzuri-load` the page saw. */
export async function loaded(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as {loaded?: unknown[]}).loaded ?? [])
}

/** Wait until every `<tsuzuri-essay>` on the page has loaded (or failed). */
export async function settled(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('tsuzuri-essay')].every((element) => {
        const root = element.shadowRoot
        return root && !root.querySelector('[part="loading"]') && root.querySelector('.base')
      }),
    undefined,
    {timeout},
  )
}

/**
 * axe violations in every `<tsuzuri-essay>` of the page (shadow roots included). Rules about the
 * page itself (a `<main>`, an `<h1>`, landmarks) are the site's business, not the element's.
 */
export async function axe(page: Page): Promise<string[]> {
  // A string is evaluated by the browser's devtools protocol, so it works under any CSP.
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const {axe} = window as unknown as {axe: typeof import('axe-core')}
    const result = await axe.run({include: [['tsuzuri-essay']]}, {resultTypes: ['violations']})
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} ${JSON.stringify(node.target)}`),
    )
  })
}
