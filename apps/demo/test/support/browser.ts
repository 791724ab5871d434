import {createRequire} from 'node:module'
import {chromiumLaunchOptions} from '@tsuzuri/chromium'
import {type Browser, type BrowserContextOptions, chromium, type Page} from 'playwright-core'

const require = createRequire(import.meta.url)

/** Debian's Chromium (or `CHROME_PATH`), never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions)
}

/** Problems a visitor would notice (or a console would show) while a page was open. */
export interface Watched {
  page: Page
  problems: string[]
}

/**
 * Open a new page that records console errors, uncaught exceptions, failed requests and HTTP
 * errors, for the test to assert there were none.
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext(options)
  // Fail in seconds, not half a minute, when something a test waits for never comes.
  context.setDefaultTimeout(10_000)
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return {page, problems}
}

/**
 * Wait until `<tsuzuri-essay>` and `<tsuzuri-digest>` are defined and every one on the page has
 * shown its essay or its collection (or its error: the test that opened the page says if any).
 */
export async function elementsSettled(page: Page): Promise<void> {
  const tags = ['tsuzuri-essay', 'tsuzuri-digest']
  if ((await page.locator(tags.join(', ')).count()) === 0) return
  await page.waitForFunction(
    (names) =>
      names.every(
        (name) => document.querySelector(name) === null || customElements.get(name) !== undefined,
      ) &&
      [...document.querySelectorAll(names.join(', '))].every(
        (element) =>
          element.shadowRoot !== null &&
          element.shadowRoot.querySelector('[part~="loading"]') === null,
      ),
    tags,
    {timeout: 20_000},
  )
}

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{target: unknown[]; failureSummary?: string}>
}

/** Run axe-core on the page; the violations, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({path: require.resolve('axe-core/axe.min.js')})
  }
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {axe: {run: (context: Document) => Promise<{violations: unknown[]}>}}
    ).axe
    const result = await axe.run(document)
    return result.violations
  })
  return (violations as AxeViolation[]).flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)}`,
    ),
  )
}
