import {parseEssay} from '@tsuzuri/essay'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {forgedEssays, forgedJson} from '../../../essay/test/attack/forged.js'
import {vectors, vectorsEssay} from '../../../essay/test/attack/vectors.js'
import {launch, open, settled, violations} from '../page/browser.js'
import {type Site, serve} from '../page/server.js'

// Issue 9 §5: the attack, kept. The XSS vectors (packages/essay/test/attack/vectors.ts) and the
// forged JSON essays (forged.ts) on one page per policy, in Chromium, with the CDN build:
// nothing may run (no dialog, no `__pwned`), nothing executable may be left in the shadow roots,
// and under a strict CSP or Trusted Types no policy may be violated.

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'"
const policies = {
  'no CSP': undefined,
  'a strict CSP': strictCsp,
  'Trusted Types': `${strictCsp}; require-trusted-types-for 'script'; trusted-types lit-html tsuzuri`,
}

const forgedNames = Object.keys(forgedEssays)
const show = 'intro background experience feelings strategies conclusion other'

/**
 * The essays on the page: all vectors in one essay as Markdown (parsed in the element's worker)
 * and as parsed JSON, each vector on its own as parsed JSON (so that none hides another), then
 * each forged essay.
 */
const files: Record<string, string> = {
  '/attack/vectors.md': vectorsEssay,
  '/attack/vectors.json': JSON.stringify(parseEssay(vectorsEssay)),
  ...Object.fromEntries(
    vectors.map((vector, index) => [
      `/attack/v${index}.json`,
      JSON.stringify(parseEssay(vector.markdown)),
    ]),
  ),
  ...Object.fromEntries(
    forgedNames.map((name, index) => [`/attack/f${index}.json`, forgedJson(name)]),
  ),
}
const sources = Object.keys(files)
files['/attack/all.html'] = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Attack</title>
<script type="module" src="/cdn/tsuzuri-essay.js"></script>
${sources.map((src) => `<tsuzuri-essay src="${src}" show="${show}" max-size="20000000"></tsuzuri-essay>`).join('\n')}
`
files['/attack/empty.html'] = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Empty</title>
<script type="module" src="/cdn/tsuzuri-essay.js"></script>
`

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

/** What in the element's shadow roots could run: the same rules as the Node check, on the DOM. */
function executableInShadowRoots(page: Page) {
  return page.evaluate(() => {
    const found: string[] = []
    const banned = new Set(
      'script style iframe frame object embed svg math form base meta link template noscript'.split(
        ' ',
      ),
    )
    const schemes: Record<string, string[]> = {
      href: ['http', 'https', 'mailto'],
      src: ['http', 'https'],
    }
    for (const element of document.querySelectorAll('tsuzuri-essay')) {
      const root = element.shadowRoot
      if (!root) continue
      for (const node of root.querySelectorAll('*')) {
        if (banned.has(node.localName)) found.push(`<${node.localName}>`)
        for (const {name, value} of node.attributes) {
          if (name.startsWith('on')) found.push(`${name} on <${node.localName}>`)
          if (['style', 'srcdoc', 'formaction', 'action', 'xlink:href'].includes(name))
            found.push(`${name} on <${node.localName}>`)
          const allowed = schemes[name]
          if (allowed) {
            // The scheme the browser itself resolved the URL to.
            const scheme = new URL(value, document.baseURI).protocol.slice(0, -1)
            if (
              !allowed.includes(scheme) &&
              !(scheme === 'http' && !/^\s*[a-z][a-z0-9+.-]*:/i.test(value))
            )
              found.push(`${scheme}: in ${name} of <${node.localName}>`)
          }
        }
      }
    }
    return found
  })
}

for (const [policy, csp] of Object.entries(policies)) {
  describe(`the attack on a page with ${policy}`, () => {
    it(`should run nothing from ${vectors.length + 2} vector essays and ${forgedNames.length} forged ones, and leave nothing executable`, async () => {
      const dialogs: string[] = []
      const {page, problems} = await open(browser, `${sites[policy]?.origin}/attack/all.html`)
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await settled(page, 60_000)
      // Let anything that was going to fire (an image's onerror, a refresh) fire.
      await page.waitForTimeout(300)
      expect(dialogs).toEqual([])
      expect(await page.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined()
      expect(await page.evaluate(() => Object.hasOwn(Object.prototype, 'polluted'))).toBe(false)
      expect(await executableInShadowRoots(page)).toEqual([])
      // `<img src=x>` is a relative URL: allowed, and a 404 here. Nothing else may go wrong.
      expect(problems.errors.filter((error) => !/404/.test(error))).toEqual([])
      if (csp) expect(await violations(page)).toEqual([])
      // The page is still here (no refresh, no base, no form took it elsewhere).
      expect(new URL(page.url()).pathname).toBe('/attack/all.html')
      const shown = await page.evaluate(
        () =>
          [...document.querySelectorAll('tsuzuri-essay')].filter((element) =>
            element.shadowRoot?.querySelector('[role="tab"]'),
          ).length,
      )
      // Every vector essay and most forged ones show tabs; the rest show an error state.
      expect(shown).toBeGreaterThan(vectors.length)
      await page.context().close()
    }, 90_000)
  })
}

describe('forged essays set as the `essay` property', () => {
  it('should show a cyclic essay and one 20,000 levels deep without hanging or throwing', async () => {
    const {page, problems} = await open(browser, `${sites['no CSP']?.origin}/attack/empty.html`)
    await page.waitForFunction(() => customElements.get('tsuzuri-essay'))
    const result = await page.evaluate(async () => {
      const looped: Record<string, unknown> = {
        id: 'a',
        kind: 'experience',
        heading: 'Loop',
        html: '<p>loop</p>',
        children: [],
      }
      ;(looped.children as unknown[]).push(looped)
      let deep: Record<string, unknown> = {
        id: 'd',
        kind: 'experience',
        heading: 'd',
        html: '<p>d</p>',
        children: [],
      }
      for (let level = 0; level < 20_000; level++)
        deep = {id: `d${level}`, kind: 'experience', heading: 'd', html: '', children: [deep]}
      const texts: string[] = []
      for (const sections of [[looped], [deep]]) {
        const element = document.createElement('tsuzuri-essay') as HTMLElement & {
          essay: unknown
          updateComplete: Promise<unknown>
        }
        document.body.append(element)
        element.essay = {title: 'Forged', lang: 'en', frontmatter: {}, sections, warnings: []}
        await element.updateComplete
        texts.push(element.shadowRoot?.textContent ?? '')
      }
      return texts
    })
    expect(result[0]).toContain('loop')
    expect(result[1]).toContain('Forged')
    expect(problems.errors.filter((error) => !/404/.test(error))).toEqual([])
    await page.context().close()
  }, 90_000)
})
