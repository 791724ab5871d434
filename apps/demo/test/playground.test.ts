import {readFile} from 'node:fs/promises'
import type {Page} from 'playwright-core'
import {beforeEach, describe, expect, it} from 'vitest'
import {openPage} from './support/browser.js'
import {useSite} from './support/site.js'

let page: Page
let problems: string[]

const essay = `# Back to work

Six months ago I went back to work after parental leave.

## What happened

On my first day, my manager moved me to another team.

## How it felt

I felt invisible, and angry at myself for being hurt.

## What helped

1. Talk to your manager early.
2. Keep a record of what you do.
`

const site = useSite()

beforeEach(async () => {
  ;({page, problems} = await openPage(site.browser, {
    viewport: {width: 1280, height: 900},
    acceptDownloads: true,
  }))
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.server.url})
  await page.goto(`${site.server.url}playground/`, {waitUntil: 'networkidle'})
  return () => page.context().close()
})

/** Replace the essay by typing it, the way a visitor does. */
async function typeEssay(text: string) {
  await page.getByRole('button', {name: 'Clear'}).click()
  await page.getByLabel('Essay text').pressSequentially(text)
}

function previewText(page: Page) {
  return page.locator('#preview').evaluate((element) => element.shadowRoot?.textContent ?? '')
}

describe('the playground', () => {
  it('should start with a sample essay, already parsed', async () => {
    await expect(page.getByLabel('Essay text').inputValue()).resolves.not.toBe('')
    await expect(page.locator('#outline > li').count()).resolves.toBeGreaterThan(2)
  })

  it('should update the shape, the outline and the preview as you type', async () => {
    await typeEssay(essay)
    const outline = page.locator('#outline')
    await outline.getByRole('button', {name: 'What helped'}).waitFor()
    const kinds = await outline.locator('.outline-head > .kind-badge').allTextContents()
    expect(kinds).toEqual(['intro', 'experience', 'feelings', 'strategies'])
    await expect(outline.locator('.reasons').first().textContent()).resolves.not.toBe('')
    await expect(outline.locator('.items li').allTextContents()).resolves.toEqual([
      'Talk to your manager early',
      'Keep a record of what you do',
    ])
    await expect(page.locator('#strip > li').count()).resolves.toBe(4)
    await page.waitForFunction(() =>
      document.querySelector('#preview')?.shadowRoot?.textContent?.includes('Back to work'),
    )
    expect(await previewText(page)).toContain('Talk to your manager early')
    expect(JSON.parse((await page.locator('#json').textContent()) ?? '')).toMatchObject({
      title: 'Back to work',
      lang: 'en',
    })
    expect(problems).toEqual([])
  })

  it('should keep the essay across a reload', async () => {
    await typeEssay(essay)
    await page.locator('#outline').getByRole('button', {name: 'What helped'}).waitFor()
    await page.reload({waitUntil: 'networkidle'})
    await expect(page.getByLabel('Essay text').inputValue()).resolves.toBe(essay)
    await page.locator('#outline').getByRole('button', {name: 'What helped'}).waitFor()
  })

  it('should show where a warning is and take you to its line', async () => {
    await typeEssay('Hello.\n\n<!-- tsuzuri: nonsense -->\n## A heading\n\nText.\n')
    const line = page.locator('#problems').getByRole('button', {name: 'Line 3'})
    await line.waitFor()
    await expect(page.locator('#problems').textContent()).resolves.toContain('Unknown kind')
    await line.click()
    const selected = await page
      .getByLabel('Essay text')
      .evaluate((input: HTMLTextAreaElement) =>
        input.value.slice(input.selectionStart, input.selectionEnd),
      )
    expect(selected).toBe('<!-- tsuzuri: nonsense -->')
  })

  it('should show where the parser stopped on broken frontmatter', async () => {
    await typeEssay('---\ntitle: Never closed\n\nText.\n')
    const error = page.locator('#problems .problem-error')
    await error.waitFor()
    await expect(error.textContent()).resolves.toContain('never closed')
    await expect(error.getByRole('button', {name: 'Line 1'}).count()).resolves.toBe(1)
    await expect(page.getByLabel('Essay text').getAttribute('aria-invalid')).resolves.toBe('true')
  })

  it('should download the parsed essay as JSON', async () => {
    await typeEssay(essay)
    await page.locator('#outline').getByRole('button', {name: 'What helped'}).waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: 'Download essay.json'}).click(),
    ])
    expect(download.suggestedFilename()).toBe('essay.json')
    const saved = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'))
    expect(saved.title).toBe('Back to work')
    expect(saved.sections.map((section: {kind: string}) => section.kind)).toEqual([
      'intro',
      'experience',
      'feelings',
      'strategies',
    ])
  })

  it('should copy a link that opens the same essay', async () => {
    await typeEssay(essay)
    await page.locator('#outline').getByRole('button', {name: 'What helped'}).waitFor()
    await page.getByRole('button', {name: 'Copy a link to this essay'}).click()
    // The link is compressed before it is copied: wait for the playground to say it is done.
    await page.locator('.toolbar .copy-status', {hasText: 'Copied.'}).waitFor()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toContain('#essay=')
    expect(page.url()).toBe(link)

    const other = await openPage(site.browser)
    await other.page.goto(link, {waitUntil: 'networkidle'})
    await expect(other.page.getByLabel('Essay text').inputValue()).resolves.toBe(essay)
    await other.page.context().close()
  })

  it('should say so when a share link cannot be read, and show the last essay', async () => {
    const other = await openPage(site.browser)
    await other.page.goto(`${page.url().split('#')[0]}#essay=not-a-deflated-essay`, {
      waitUntil: 'networkidle',
    })
    await other.page
      .locator('#status', {hasText: 'The link’s essay could not be read'})
      .waitFor({timeout: 10_000})
    await expect(other.page.locator('#status').textContent()).resolves.toMatch(/sections?\b/)
    expect(other.page.url()).not.toContain('#essay=')
    await other.page.context().close()
  })

  it('should load another sample essay', async () => {
    const select = page.getByLabel('Start from a sample')
    const option = select.locator('option[lang="ja"]').first()
    const title = (await option.textContent()) ?? ''
    await select.selectOption({label: title})
    await page.waitForFunction(
      (expected) => document.querySelector('#json')?.textContent?.includes(expected),
      title,
    )
  })

  it("should take a web page's HTML from the clipboard, with its headings, and say so", async () => {
    const post =
      "<meta charset='utf-8'><h2>What happened</h2><p>My desk had moved to the corner.</p><h2>How it felt</h2><p>I felt invisible, and angry that I felt it.</p>"
    await page.evaluate(async (html) => {
      const item = new ClipboardItem({
        'text/html': new Blob([html], {type: 'text/html'}),
        'text/plain': new Blob(['What happened My desk had moved'], {type: 'text/plain'}),
      })
      await navigator.clipboard.write([item])
    }, post)
    await page.getByRole('button', {name: 'Clear'}).click()
    await page.getByLabel('Essay text').press('ControlOrMeta+V')
    await expect(page.locator('#paste-status').textContent()).resolves.toBe(
      'Read as HTML from the clipboard, so its headings are kept.',
    )
    await expect(page.getByLabel('Read as').inputValue()).resolves.toBe('html')
    await page.waitForFunction(() => document.querySelectorAll('#outline > li').length === 2)
    await expect(page.locator('#outline').textContent()).resolves.toContain('How it felt')
    // Only plain text on the clipboard: pasted as it is, and said.
    await page.evaluate(() => navigator.clipboard.writeText('Plain words.'))
    await page.getByRole('button', {name: 'Clear'}).click()
    await page.getByLabel('Essay text').press('ControlOrMeta+V')
    await expect(page.getByLabel('Essay text').inputValue()).resolves.toBe('Plain words.')
    await expect(page.locator('#paste-status').textContent()).resolves.toBe(
      'Read as plain text from the clipboard.',
    )
  })
})
