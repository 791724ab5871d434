import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {userEvent} from 'vitest/browser'
import type {DigestLabels, TsuzuriDigest} from '../index.js'
import {
  count,
  fixtureCollection,
  fixtureUrl,
  mountCollection,
  mountDigest,
  root,
  titles,
} from '../test-utils/digest.js'
import {cleanup, next, until} from '../test-utils/index.js'

const pageLang = document.documentElement.lang
beforeEach(() => document.documentElement.setAttribute('lang', 'en'))
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  document.documentElement.lang = pageLang
})

/** Type into the search box as a reader does (one `input` event per character). */
async function search(element: TsuzuriDigest, text: string): Promise<void> {
  const box = root(element).querySelector('input') as HTMLInputElement
  await userEvent.clear(box)
  if (text) await userEvent.type(box, text)
  await element.updateComplete
}

/** Choose an option of the filter labelled `label`, as a reader does. */
async function choose(element: TsuzuriDigest, label: string, value: string): Promise<void> {
  const select = [...root(element).querySelectorAll('label')]
    .find((node) => labelText(node) === label)
    ?.querySelector('select')
  if (!select) throw new Error(`No filter labelled ${label}`)
  await userEvent.selectOptions(select, value)
  await element.updateComplete
}

/** The words of a label (its first `<span>`). */
const labelText = (node: Element) => node.querySelector('span')?.textContent
const labelsOf = (element: TsuzuriDigest) =>
  [...root(element).querySelectorAll('label')].map(labelText)

const hrefs = (element: TsuzuriDigest) =>
  [...root(element).querySelectorAll<HTMLAnchorElement>('a[part~="item-title"]')].map(
    (link) => link.href,
  )

describe('<tsuzuri-digest> from a collection', () => {
  it('should fetch `src` and list every strategy of the collection, grouped by essay, with a count', async () => {
    const element = await mountDigest(`<tsuzuri-digest src="${fixtureUrl}"></tsuzuri-digest>`)
    const loaded = await next<CustomEvent>(element, 'tsuzuri-collection-load')
    await element.updateComplete
    expect(loaded.detail.essays).toHaveLength(6)
    expect(count(element)).toBe('27 strategies from 6 posts')
    expect(titles(element).slice(0, 4)).toEqual([
      '上司と話す',
      '記録を残す',
      '社外に仲間をつくる',
      '面談の日付と、決まったこと',
    ])
    const groups = root(element).querySelectorAll('[part="group"]')
    expect(groups).toHaveLength(6)
    const first = groups[0] as HTMLElement
    expect(first.getAttribute('lang')).toBe('ja')
    expect(first.querySelector('h2[part="group-heading"]')?.textContent).toBe(
      '復帰したら、席が変わっていた',
    )
    expect(first.querySelector('h2 a')?.getAttribute('href')).toBe(
      'https://example.com/minori/back-to-work',
    )
    expect(first.querySelector('[part="credit"]')?.textContent?.trim()).toBe('By 佐藤みのり')
    expect(first.querySelector('[part="text"]')?.textContent).toContain('面談の時間をもらい')
  })

  it('should link each entry to its section in the original post (`url#section-id`)', async () => {
    const element = await mountCollection(fixtureCollection())
    const links = hrefs(element)
    expect(links[0]).toBe(
      `https://example.com/minori/back-to-work#${encodeURIComponent('1-上司と話す')}`,
    )
    expect(decodeURIComponent(new URL(links[0] as string).hash)).toBe('#1-上司と話す')
    expect(links).toContain('https://example.com/dana/badge#1-ask-in-writing')
    expect(links).toContain('https://example.com/marcus/type-1#small-rules-i-keep')
    // Essays without a `url` (two of six) are credited, not linked.
    expect(links).toHaveLength(27 - 10)
    const unlinked = root(element).querySelectorAll('span[part="item-title"]')
    expect(unlinked).toHaveLength(10)
  })

  it('should list a strategies section the parser found no items in as one strategy, without its number', async () => {
    const element = await mountCollection(fixtureCollection())
    expect(titles(element)).toContain('Say what you want before you leave, and say it in writing')
    expect(titles(element)).toContain('保育園は「同じクラス」にこだわりすぎない')
    // A subsection an item points at is listed once, as that item.
    expect(titles(element).filter((title) => title === 'とにかく眠る')).toHaveLength(1)
  })

  it('should list the sections of another kind, heading and short text, with the kind as the title of an untitled one', async () => {
    const element = await mountCollection(fixtureCollection(), 'kind="experience"')
    expect(count(element)).toBe('7 experiences from 4 posts')
    expect(titles(element)).toContain('火曜日の会議室')
    const intro = await mountCollection(fixtureCollection(), 'kind="intro"')
    expect(count(intro)).toBe('6 introductions from 6 posts')
    // Five untitled openings, and one with a heading of its own.
    expect(titles(intro).filter((title) => title === 'Introduction')).toHaveLength(5)
    expect(titles(intro)).toContain('はじめに 👶👶')
    expect(root(intro).querySelector('.item-title span')?.getAttribute('lang')).toBe('en')
    expect(hrefs(intro)[0]).toBe('https://example.com/minori/back-to-work#intro')
    const unknown = await mountCollection(fixtureCollection(), 'kind="tips"')
    expect(count(unknown)).toBe('27 strategies from 6 posts')
  })

  it('should show a flat list with `group="none"`, each entry credited with its essay’s title and author', async () => {
    const element = await mountCollection(fixtureCollection(), 'group="none"')
    expect(root(element).querySelectorAll('[part="group"]')).toHaveLength(0)
    expect(root(element).querySelectorAll('ul[part="list"]')).toHaveLength(1)
    const items = root(element).querySelectorAll('[part="item"]')
    expect(items).toHaveLength(27)
    const credit = items[0]?.querySelector('[part="credit"]')
    expect(credit?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '復帰したら、席が変わっていた · By 佐藤みのり',
    )
    expect(credit?.querySelector('cite')?.getAttribute('lang')).toBe('ja')
    element.group = 'essay'
    await element.updateComplete
    expect(root(element).querySelectorAll('[part="group"]')).toHaveLength(6)
  })

  it('should show `limit` entries, then as many more for each “Show more”, moving focus to the first new one', async () => {
    const element = await mountCollection(fixtureCollection(), 'limit="10" group="none"')
    expect(root(element).querySelectorAll('[part="item"]')).toHaveLength(10)
    expect(count(element)).toBe('27 strategies from 6 posts')
    const more = root(element).querySelector('button[part="more"]') as HTMLButtonElement
    expect(more.textContent).toBe('Show more')
    await userEvent.click(more)
    await until(() => root(element).activeElement?.getAttribute('part') === 'item')
    const items = [...root(element).querySelectorAll('[part="item"]')]
    expect(items).toHaveLength(20)
    expect(root(element).activeElement).toBe(items[10])
    await userEvent.click(root(element).querySelector('button[part="more"]') as HTMLElement)
    await element.updateComplete
    expect(root(element).querySelectorAll('[part="item"]')).toHaveLength(27)
    expect(root(element).querySelector('button[part="more"]')).toBeNull()
    element.limit = 0
    await element.updateComplete
    expect(root(element).querySelectorAll('[part="item"]')).toHaveLength(27)
  })
})

describe('<tsuzuri-digest> filters and search', () => {
  it('should narrow to the page’s `tag` and `lang` (the attributes)', async () => {
    const element = await mountCollection(fixtureCollection(), 'tag="ワーママ"')
    expect(count(element)).toBe('11 strategies from 2 posts')
    element.tag = undefined
    element.setAttribute('lang', 'ja')
    await element.updateComplete
    expect(element.language).toBe('ja')
    expect(count(element)).toBe('14 strategies from 3 posts')
    // One language: no language filter; the page's words stay English (the page's lang).
    expect(labelsOf(element)).toEqual(['Search', 'Tag'])
  })

  it('should take `lang="ja"` for essays in `ja-JP` too', async () => {
    const collection = fixtureCollection()
    ;(collection.essays[1] as {lang: string}).lang = 'ja-JP'
    const element = await mountCollection(collection, 'lang="ja"')
    expect(count(element)).toBe('14 strategies from 3 posts')
  })

  it('should let the reader filter by tag and language, with counts, and report each change', async () => {
    const element = await mountCollection(fixtureCollection())
    const options = [...root(element).querySelectorAll('select')].map((select) =>
      [...select.options].map((option) => option.textContent),
    )
    expect(options[0]?.slice(0, 3)).toEqual(['All tags', 'work (2)', 'ワーママ (2)'])
    expect(options[1]).toEqual(['All languages', 'English (3)', 'Japanese (3)'])
    const changes: CustomEvent[] = []
    element.addEventListener('tsuzuri-filter-change', (event) => changes.push(event))
    await choose(element, 'Tag', 'work')
    expect(count(element)).toBe('9 strategies from 2 posts')
    await choose(element, 'Language', 'ja')
    expect(count(element)).toBe('0 strategies from 0 posts')
    expect(root(element).querySelector('[part="empty"]')?.textContent).toBe('Nothing matches')
    await choose(element, 'Tag', '')
    expect(count(element)).toBe('14 strategies from 3 posts')
    await until(() => changes.length === 3)
    expect(changes.map((event) => event.detail)).toEqual([
      {tag: 'work', lang: '', query: '', items: 9, essays: 2},
      {tag: 'work', lang: 'ja', query: '', items: 0, essays: 0},
      {tag: '', lang: 'ja', query: '', items: 14, essays: 3},
    ])
    expect(changes.every((event) => event.bubbles && event.composed)).toBe(true)
  })

  it('should filter as the reader types, without fetching again, in titles, texts, essays’ titles and authors', async () => {
    const fetches = vi.spyOn(window, 'fetch')
    const element = await mountDigest(
      `<tsuzuri-digest src="${fixtureUrl}?search"></tsuzuri-digest>`,
    )
    await next(element, 'tsuzuri-collection-load')
    await search(element, 'sleep')
    expect(count(element)).toBe('0 strategies from 0 posts')
    await search(element, 'writing')
    expect(titles(element)).toEqual([
      'Ask in writing',
      'Say what you want before you leave, and say it in writing',
    ])
    expect(count(element)).toBe('2 strategies from 2 posts')
    // Every word must match, in any order; case and full-width letters do not matter.
    await search(element, 'ＡＳＫ writing')
    expect(titles(element)).toEqual(['Ask in writing'])
    await search(element, '佐藤')
    expect(count(element)).toBe('6 strategies from 1 post')
    await search(element, '眠る')
    expect(titles(element)).toEqual(['とにかく眠る'])
    await search(element, '')
    expect(count(element)).toBe('27 strategies from 6 posts')
    expect(fetches).toHaveBeenCalledTimes(1)
  })

  it('should be used from the keyboard alone: search, filters, links and “Show more” in the Tab order', async () => {
    const element = await mountCollection(fixtureCollection(), 'limit="2" group="none"')
    const shadow = root(element)
    const focused = () => shadow.activeElement
    await userEvent.tab()
    expect(focused()?.getAttribute('part')).toBe('search')
    await userEvent.keyboard('writing')
    await element.updateComplete
    expect(count(element)).toBe('2 strategies from 2 posts')
    await userEvent.tab()
    expect(focused()?.localName).toBe('select')
    await userEvent.tab()
    expect(focused()?.localName).toBe('select')
    // A select changes with the arrow keys without opening (Linux, Windows).
    await userEvent.keyboard('{ArrowDown}')
    await element.updateComplete
    expect(count(element)).toBe('2 strategies from 2 posts')
    await userEvent.tab()
    expect(focused()?.getAttribute('href')).toBe('https://example.com/dana/badge#1-ask-in-writing')
    await userEvent.tab({shift: true})
    await userEvent.keyboard('{ArrowUp}')
    await userEvent.tab({shift: true})
    await userEvent.tab({shift: true})
    expect(focused()?.getAttribute('part')).toBe('search')
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}')
    await element.updateComplete
    expect(count(element)).toBe('27 strategies from 6 posts')
    for (let index = 0; index < 5; index++) await userEvent.tab()
    expect(focused()?.getAttribute('part')).toBe('more')
    await userEvent.keyboard('{Enter}')
    await until(() => focused()?.getAttribute('part') === 'item')
    expect(shadow.querySelectorAll('[part="item"]')).toHaveLength(4)
    expect(focused()).toBe(shadow.querySelectorAll('[part="item"]')[2])
  })
})

describe('<tsuzuri-digest> words', () => {
  it('should speak Japanese on a Japanese page: 「17 件の記事から 48 件の対策」', async () => {
    document.documentElement.setAttribute('lang', 'ja')
    const element = await mountCollection(fixtureCollection())
    expect(count(element)).toBe('6 件の記事から 27 件の対策')
    expect(root(element).querySelector('.base')?.getAttribute('lang')).toBe('ja')
    expect(labelsOf(element)).toEqual(['検索', 'タグ', '言語'])
    const languages = root(element).querySelectorAll('select')[1] as HTMLSelectElement
    expect([...languages.options].map((option) => option.textContent)).toEqual([
      'すべての言語',
      '英語 (3)',
      '日本語 (3)',
    ])
    element.locale = 'en'
    await element.updateComplete
    expect(count(element)).toBe('27 strategies from 6 posts')
  })

  it('should take the page’s words from `labels` (property or JSON attribute), merged over its own', async () => {
    const labels: DigestLabels = {
      items: {strategies: ['{n} conseil', '{n} conseils']},
      posts: ['{n} article', '{n} articles'],
      count: '{items} tirés de {posts}',
      search: 'Rechercher',
      allTags: 'Tous les thèmes',
    }
    const element = await mountCollection(fixtureCollection(), 'locale="fr"')
    element.labels = labels
    await element.updateComplete
    expect(count(element)).toBe('27 conseils tirés de 6 articles')
    expect(root(element).querySelector('.base')?.getAttribute('lang')).toBe('fr')
    expect(labelsOf(element)[0]).toBe('Rechercher')
    expect(root(element).querySelector('option')?.textContent).toBe('Tous les thèmes')
    element.setAttribute('labels', JSON.stringify({posts: ['{n} billet', '{n} billets']}))
    await element.updateComplete
    expect(count(element)).toBe('27 strategies from 6 billets')
  })

  it('should ignore a `labels` attribute that is not JSON, with a warning that names the element', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const element = await mountCollection(fixtureCollection(), `labels="{not json"`)
    expect(count(element)).toBe('27 strategies from 6 posts')
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^<tsuzuri-digest>: labels attribute ignored/)
  })
})

describe('<tsuzuri-digest> errors', () => {
  const cases: [string, string, RegExp][] = [
    ['/__fixtures/status/404', 'not-found', /^Not found \(HTTP 404\): http.*status\/404$/],
    ['/__fixtures/status/500', 'http', /^Server error \(HTTP 500\)/],
    ['/__fixtures/bad-json', 'not-collection', /^Not a collection: .*bad-json: invalid JSON$/],
    [
      '/__fixtures/collection/v2.json',
      'version',
      /^A collection version this element cannot read: .*v2\.json: version 2, where this element reads version 1$/,
    ],
    ['/__fixtures/page', 'not-collection', /content type text\/html$/],
    ['/__fixtures/json/mommy-track.md', 'not-collection', /no `version`$/],
  ]
  for (const [src, code, message] of cases) {
    it(`should say ${code} for ${src}, in an alert, keeping its children`, async () => {
      const element = await mountDigest(
        `<tsuzuri-digest src="${src}"><a href="/posts">All posts</a></tsuzuri-digest>`,
      )
      const failed = await next<CustomEvent>(element, 'tsuzuri-collection-error')
      expect(failed.detail.code).toBe(code)
      expect(failed.detail.message).toMatch(message)
      expect(failed.bubbles && failed.composed).toBe(true)
      const alert = root(element).querySelector('[role="alert"]')
      expect(alert?.textContent).toContain('Could not show the collection')
      expect(alert?.textContent).toContain(failed.detail.message)
      expect(root(element).querySelector('slot')).not.toBeNull()
    })
  }

  it('should stop at `max-size` and after `timeout`', async () => {
    const large = await mountDigest(
      `<tsuzuri-digest src="${fixtureUrl}?large" max-size="2kb"></tsuzuri-digest>`,
    )
    const tooLarge = await next<CustomEvent>(large, 'tsuzuri-collection-error')
    expect(tooLarge.detail.code).toBe('too-large')
    expect(tooLarge.detail.message).toMatch(/over the 2 KB limit \(max-size\)$/)
    const slow = await mountDigest(
      `<tsuzuri-digest src="${fixtureUrl}?delay=2000" timeout="200ms"></tsuzuri-digest>`,
    )
    const late = await next<CustomEvent>(slow, 'tsuzuri-collection-error')
    expect(late.detail.code).toBe('timeout')
  })

  it('should read JSON served as text/plain, after a byte order mark', async () => {
    const element = await mountDigest(
      '<tsuzuri-digest src="/__fixtures/collection/as-text"></tsuzuri-digest>',
    )
    await next(element, 'tsuzuri-collection-load')
    await element.updateComplete
    expect(count(element)).toBe('27 strategies from 6 posts')
  })

  it('should refuse a `collection` property of another version, and show the last `src` only', async () => {
    const element = await mountDigest('<tsuzuri-digest></tsuzuri-digest>')
    const failed = next<CustomEvent>(element, 'tsuzuri-collection-error')
    element.collection = {...fixtureCollection(), version: 2} as never
    expect((await failed).detail).toMatchObject({code: 'version', url: '', status: 0})
    const loaded = next<CustomEvent>(element, 'tsuzuri-collection-load')
    element.collection = null
    element.src = '/__fixtures/status/404?delay=300'
    await element.updateComplete
    element.src = fixtureUrl
    await loaded
    await element.updateComplete
    expect(count(element)).toBe('27 strategies from 6 posts')
    expect(root(element).querySelector('[role="alert"]')).toBeNull()
  })
})

describe('<tsuzuri-digest> with a hostile collection', () => {
  it('should show its strings as text, run nothing, and link only absolute http(s) URLs', async () => {
    const element = await mountDigest(
      '<tsuzuri-digest src="/__fixtures/collection/hostile.json" group="none"></tsuzuri-digest>',
    )
    await next(element, 'tsuzuri-collection-load')
    await element.updateComplete
    await new Promise((resolve) => setTimeout(resolve, 100))
    const shadow = root(element)
    expect((window as {__pwned?: unknown}).__pwned).toBeUndefined()
    expect(
      shadow.querySelectorAll('script, img, iframe, b, [onerror], [onmouseover]'),
    ).toHaveLength(0)
    expect(titles(element)).toEqual([
      '<script>window.__pwned="item"</script>Be careful',
      'Spaced plan',
      'Data plan',
      'Relative plan',
      'Fine plan',
    ])
    expect(shadow.textContent).toContain('<img src=x onerror="window.__pwned=\'title\'">Hostile')
    expect(shadow.textContent).toContain('<script>window.__pwned="author"</script>Mallory')
    const links = [...shadow.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    expect(links).toEqual([`https://example.com/fine#${encodeURIComponent('a b"<c>')}`])
    // A `lang` that is not a language tag is left unknown; the tag that tried to leave a
    // `<b>` is a tag like any other, as text.
    expect(shadow.querySelector('[part="item"]')?.getAttribute('lang')).toBe('')
    const options = [...shadow.querySelectorAll('option')].map((option) => option.textContent)
    expect(options).toContain('<b onmouseover="window.__pwned=\'tag\'">tag</b> (1)')
  })
})
