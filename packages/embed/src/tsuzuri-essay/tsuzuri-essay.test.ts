import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {userEvent} from 'vitest/browser'
import type {TsuzuriSectionChangeEvent} from '../index.js'
import {
  cleanup,
  item,
  mount,
  mountEssay,
  next,
  sampleEssay,
  section,
  shadow,
} from '../test-utils/index.js'

// The UI language follows the page's `lang`; these tests start from a page without one.
const pageLang = document.documentElement.lang
beforeEach(() => document.documentElement.removeAttribute('lang'))
afterEach(() => {
  cleanup()
  document.documentElement.lang = pageLang
})

const tabs = (element: HTMLElement) => [
  ...shadow(element as never).querySelectorAll<HTMLElement>('[role="tab"]'),
]
const tabTexts = (element: HTMLElement) =>
  tabs(element).map((tab) => tab.textContent?.replace(/\s+/g, ' ').trim())
const selectedPanel = (element: HTMLElement) => {
  const panel = shadow(element as never).querySelector<HTMLElement>(
    '[role="tabpanel"]:not([hidden])',
  )
  if (!panel) throw new Error('Expected a selected tab panel')
  return panel
}
const headings = (root: ParentNode) =>
  [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (h) => `${h.localName} ${h.textContent?.replace(/\s+/g, ' ').trim()}`,
  )

describe('<tsuzuri-essay> rendering', () => {
  it('should show the title, the author, the date and a link to the original post from the frontmatter', async () => {
    const element = await mountEssay(sampleEssay())
    const root = shadow(element)
    expect(root.querySelector('[part="title"]')?.textContent).toBe('復帰したら、席が変わっていた')
    const attribution = root.querySelector('[part="attribution"]')
    expect(attribution?.textContent).toContain('佐藤みのり')
    expect(attribution?.querySelector('time')?.getAttribute('datetime')).toBe('2024-04-18')
    const link = root.querySelector<HTMLAnchorElement>('a[part="link"]')
    expect(link?.href).toBe('https://example.com/minori/back-to-work')
    expect(link?.textContent).toBe('元の記事')
  })

  it('should let `author` and `original-url` override the frontmatter, and link only http(s) URLs', async () => {
    const element = await mountEssay(
      sampleEssay(),
      'author="Minori S." original-url="https://blog.example/post"',
    )
    const root = shadow(element)
    expect(root.querySelector('[part="attribution"]')?.textContent).toContain('Minori S.')
    expect(root.querySelector<HTMLAnchorElement>('a[part="link"]')?.href).toBe(
      'https://blog.example/post',
    )
    element.originalUrl = 'javascript:alert(1)'
    await element.updateComplete
    expect(root.querySelector('a[part="link"]')).toBeNull()
  })

  it('should link a frontmatter `url` only when it is an absolute http(s) URL, as the parser keeps it', async () => {
    // Forged JSON can carry a `url` that `parseEssay` would have dropped.
    for (const url of [
      '//evil.example/x',
      '/about',
      'evil.example/x',
      'https:evil.example',
      'https:\\\\evil.example',
      'https://',
      ' javascript:alert(1)',
      'data:text/html,x',
    ]) {
      const essay = sampleEssay()
      essay.frontmatter = {...essay.frontmatter, url}
      const root = shadow(await mountEssay(essay))
      expect(root.querySelector('a[part="link"]'), url).toBeNull()
      expect(root.querySelector('[part="attribution"]')?.textContent).toContain('佐藤みのり')
      cleanup()
    }
    const essay = sampleEssay()
    essay.frontmatter = {...essay.frontmatter, url: 'http://blog.example/post?id=1#top'}
    const root = shadow(await mountEssay(essay))
    expect(root.querySelector<HTMLAnchorElement>('a[part="link"]')?.href).toBe(
      'http://blog.example/post?id=1#top',
    )
  })

  it('should show one tab per shown kind with a Japanese label and a count', async () => {
    const element = await mountEssay(sampleEssay())
    expect(tabTexts(element)).toEqual(['体験談 2', '気持ち 2', '対策 2'])
  })

  it('should label tabs in English with `locale="en"`, and follow the page language without it', async () => {
    const element = await mountEssay(sampleEssay(), 'locale="en"')
    expect(tabTexts(element)).toEqual(['Experience 2', 'Feelings 2', 'Strategies 2'])
    element.locale = undefined
    element.parentElement?.setAttribute('lang', 'en-GB')
    await element.updateComplete
    expect(tabTexts(element)[0]).toBe('Experience 2')
    element.parentElement?.removeAttribute('lang')
    element.requestUpdate()
    await element.updateComplete
    expect(tabTexts(element)[0]).toBe('体験談 2')
  })

  it('should show the kinds of `show`, in its order, with labels for every kind', async () => {
    const element = await mountEssay(sampleEssay(), 'show="conclusion intro nonsense conclusion"')
    expect(tabTexts(element)).toEqual(['まとめ 1', 'はじめに 1'])
    element.show = 'background strategies other'
    element.locale = 'en'
    await element.updateComplete
    expect(tabTexts(element)).toEqual(['Background 0', 'Strategies 2', 'Other 0'])
  })

  it('should show the default kinds when `show` names none it knows', async () => {
    const element = await mountEssay(sampleEssay(), 'show="nonsense"')
    expect(tabTexts(element)).toEqual(['体験談 2', '気持ち 2', '対策 2'])
    expect(shadow(element).querySelector('[part="empty"]')).toBeNull()
    element.show = 'Nonsense, really'
    element.locale = 'en'
    await element.updateComplete
    expect(tabTexts(element)).toEqual(['Experience 2', 'Feelings 2', 'Strategies 2'])
  })

  it('should select the first kind with sections, and say when a kind has none', async () => {
    const essay = sampleEssay()
    essay.sections = essay.sections.filter((item) => item.kind !== 'experience')
    const element = await mountEssay(essay, 'show="experience strategies"')
    expect(tabTexts(element)).toEqual(['体験談 0', '対策 2'])
    expect(tabs(element)[1]?.getAttribute('aria-selected')).toBe('true')
    element.selected = 'experience'
    await element.updateComplete
    expect(selectedPanel(element)?.textContent).toContain('体験談のセクションはありません')
  })

  it('should show subsections of another shown kind under their own kind', async () => {
    const element = await mountEssay(sampleEssay(), 'selected="feelings"')
    const panel = selectedPanel(element)
    expect(panel?.id).toBe('panel-feelings')
    expect(panel?.textContent).toContain('そのときの気持ち')
    element.selected = 'experience'
    await element.updateComplete
    expect(selectedPanel(element)?.textContent).not.toContain('そのときの気持ち')
    element.show = 'experience'
    await element.updateComplete
    expect(selectedPanel(element)?.textContent).toContain('そのときの気持ち')
  })

  it('should render the sections’ HTML, headings one level below the title', async () => {
    const element = await mountEssay(sampleEssay(), 'selected="strategies"')
    const root = shadow(element)
    expect(headings(root.querySelector('header') as Element)).toEqual([
      'h2 復帰したら、席が変わっていた',
    ])
    expect(headings(selectedPanel(element) as Element)).toEqual([
      'h3 対策',
      'h4 ① 上司と話す',
      'h4 ② 記録を残す',
      'h3 続けていること',
    ])
    expect(selectedPanel(element)?.querySelector('.content ul li')?.textContent).toBe('面談の日付')
  })

  it('should start headings at `heading-level`', async () => {
    const element = await mountEssay(sampleEssay(), 'heading-level="4" layout="stack"')
    const root = shadow(element)
    expect(root.querySelector('[part="title"]')?.localName).toBe('h4')
    expect(root.querySelector('[part="group-heading"]')?.localName).toBe('h5')
    expect(root.querySelector('[part="section-heading"]')?.localName).toBe('h6')
    element.essay = {...sampleEssay(), title: null}
    element.headingLevel = 2
    await element.updateComplete
    expect(root.querySelector('[part="group-heading"]')?.localName).toBe('h2')
  })

  it('should take `heading-level` as the nearest whole number from 1 to 6, or 2 when it is not a number', async () => {
    const levels = (element: HTMLElement) =>
      ['title', 'group-heading', 'section-heading'].map(
        (part) => shadow(element as never).querySelector(`[part="${part}"]`)?.localName,
      )
    const element = await mountEssay(sampleEssay(), 'heading-level="0" layout="stack"')
    expect(levels(element)).toEqual(['h1', 'h2', 'h3'])
    element.setAttribute('heading-level', 'abc')
    await element.updateComplete
    expect(levels(element)).toEqual(['h2', 'h3', 'h4'])
    element.setAttribute('heading-level', '7')
    await element.updateComplete
    expect(levels(element)).toEqual(['h6', 'h6', 'h6'])
    element.setAttribute('heading-level', '-1')
    await element.updateComplete
    expect(levels(element)).toEqual(['h1', 'h2', 'h3'])
    element.headingLevel = 3.7
    await element.updateComplete
    expect(levels(element)).toEqual(['h3', 'h4', 'h5'])
    element.removeAttribute('heading-level')
    await element.updateComplete
    expect(levels(element)).toEqual(['h2', 'h3', 'h4'])
  })

  it('should show every shown kind under its own heading with `layout="stack"`', async () => {
    const element = await mountEssay(sampleEssay(), 'layout="stack"')
    const root = shadow(element)
    expect(root.querySelector('[role="tablist"]')).toBeNull()
    const groups = [...root.querySelectorAll('[part="group"]')]
    expect(
      groups.map((group) =>
        group.querySelector('[part="group-heading"]')?.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    ).toEqual(['体験談 2', '気持ち 2', '対策 2'])
    expect(headings(groups[0] as Element)).toEqual([
      'h3 体験談 2',
      'h4 火曜日の会議室',
      'h4 引き継がれたままの取引先',
    ])
  })

  it('should set `lang` on the content to the essay’s language and on labels to the UI language', async () => {
    const element = await mountEssay({...sampleEssay(), lang: 'ja'}, 'locale="en"')
    const root = shadow(element)
    expect(root.querySelector('.base')?.getAttribute('lang')).toBe('en')
    expect(selectedPanel(element)?.getAttribute('lang')).toBe('ja')
    expect(root.querySelector('[part="title"]')?.closest('[lang]')?.getAttribute('lang')).toBe('ja')
  })

  it('should mark its own words inside the essay’s text with the UI language', async () => {
    const essay = sampleEssay()
    essay.sections = [
      section('strategies', '助けになったこと', '<p>いくつかあります。</p>', {
        items: [item('よく寝る', '八時間。')],
      }),
    ]
    for (const layout of ['tabs', 'stack']) {
      const element = await mountEssay(essay, `locale="en" layout="${layout}"`)
      const root = shadow(element)
      const empty = root.querySelector('p.empty') as HTMLElement
      expect(empty.textContent).toBe('No Experience sections')
      expect(empty.parentElement?.closest('[lang]')?.getAttribute('lang')).toBe('ja')
      expect(empty.closest('[lang]')?.getAttribute('lang')).toBe('en')
      const list = root.querySelector('[part="items"]') as HTMLElement
      expect(list.getAttribute('aria-label')).toBe('Checklist')
      expect(list.closest('[lang]')?.getAttribute('lang')).toBe('en')
      expect(list.querySelector('[part="item"]')?.closest('[lang]')?.getAttribute('lang')).toBe(
        'ja',
      )
    }
  })

  it('should tick off advice written as prose without repeating its text under the prose', async () => {
    const essay = sampleEssay()
    essay.sections = [
      section(
        'strategies',
        'What I’d tell my younger self',
        '<p>Ask for help early. Don’t wait for a crisis; most people never ask.</p>',
        {
          items: [
            item('Ask for help early', '', {block: 0, sentence: 0}),
            item('Don’t wait for a crisis', 'most people never ask.', {block: 0, sentence: 1}),
          ],
        },
      ),
      section('strategies', 'Only items', '', {
        items: [item('Rest', 'Eight hours a night.')],
      }),
    ]
    const element = await mountEssay(essay, 'show="strategies"')
    const [prose, bare] = [...shadow(element).querySelectorAll('[part="items"]')] as HTMLElement[]
    expect(
      [...(prose?.querySelectorAll('input') ?? [])].map((box) => box.getAttribute('aria-label')),
    ).toEqual(['Ask for help early', 'Don’t wait for a crisis'])
    expect(prose?.textContent).not.toContain('most people never ask')
    expect(bare?.textContent).toContain('Eight hours a night.')
  })

  it('should mark the essay’s text as of unknown language when it is (`und`)', async () => {
    const element = await mountEssay({...sampleEssay(), lang: 'und'}, 'locale="ja"')
    const root = shadow(element)
    expect(root.querySelector('.base')?.getAttribute('lang')).toBe('ja')
    expect(selectedPanel(element).getAttribute('lang')).toBe('')
    expect(root.querySelector('[part="title"]')?.closest('[lang]')?.getAttribute('lang')).toBe('')
  })

  it('should break Japanese headings between phrases and give Japanese text room', async () => {
    const element = await mountEssay(sampleEssay(), 'selected="strategies"')
    element.style.inlineSize = '1400px'
    const root = shadow(element)
    const title = root.querySelector('[part="title"]') as HTMLElement
    // Chromium has `word-break: auto-phrase`; other browsers keep `keep-all` (see the styles).
    expect(getComputedStyle(title).wordBreak).toBe('auto-phrase')
    const paragraph = selectedPanel(element).querySelector('.content p') as HTMLElement
    const style = getComputedStyle(paragraph)
    expect(Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize)).toBeCloseTo(1.8)
    expect(style.lineBreak).toBe('strict')
    const measure = 36 * Number.parseFloat(style.fontSize)
    expect(element.getBoundingClientRect().width).toBeGreaterThan(measure + 100)
    expect(paragraph.getBoundingClientRect().width).toBeLessThanOrEqual(measure + 1)
  })

  it('should reflect its properties as attributes', async () => {
    const element = await mountEssay(sampleEssay())
    element.show = 'feelings'
    element.layout = 'stack'
    element.headingLevel = 3
    element.locale = 'en'
    element.format = 'text'
    element.author = 'A'
    element.originalUrl = 'https://a.example/'
    element.theme = 'dark'
    element.src = '/x.md'
    element.essay = sampleEssay()
    await element.updateComplete
    expect(element.getAttribute('show')).toBe('feelings')
    expect(element.getAttribute('layout')).toBe('stack')
    expect(element.getAttribute('heading-level')).toBe('3')
    expect(element.getAttribute('locale')).toBe('en')
    expect(element.getAttribute('format')).toBe('text')
    expect(element.getAttribute('author')).toBe('A')
    expect(element.getAttribute('original-url')).toBe('https://a.example/')
    expect(element.getAttribute('theme')).toBe('dark')
    expect(element.getAttribute('src')).toBe('/x.md')
  })
})

describe('<tsuzuri-essay> strategies', () => {
  it('should put a checkbox before each strategy written as a subsection', async () => {
    const element = await mountEssay(sampleEssay(), 'selected="strategies"')
    const boxes = [
      ...selectedPanel(element).querySelectorAll<HTMLInputElement>(
        '.heading-row input[type="checkbox"]',
      ),
    ]
    expect(boxes.map((box) => box.getAttribute('aria-label'))).toEqual(['上司と話す', '記録を残す'])
    await userEvent.click(boxes[0] as HTMLInputElement)
    expect(boxes[0]?.checked).toBe(true)
  })

  it('should put a checkbox in each list item that is a strategy', async () => {
    const element = await mountEssay(sampleEssay(), 'selected="strategies"')
    const items = [...selectedPanel(element).querySelectorAll('.content ol > li')]
    const boxes = items.map((item) =>
      item.querySelector<HTMLInputElement>('input[type="checkbox"][part="checkbox"]'),
    )
    expect(boxes.map((box) => box?.getAttribute('aria-label'))).toEqual([
      '社外に仲間をつくる',
      '早めに帰る',
    ])
    await userEvent.click(boxes[1] as HTMLInputElement)
    expect(boxes[1]?.checked).toBe(true)
    element.selected = 'experience'
    await element.updateComplete
    element.selected = 'strategies'
    await element.updateComplete
    expect(boxes[1]?.checked).toBe(true)
  })

  it('should list strategies it cannot find in the text as a checklist', async () => {
    const essay = sampleEssay()
    essay.sections = [
      section('strategies', 'What helped', '<p>Some things helped.</p>', {
        items: [item('Sleep', 'Eight hours.'), item('Walk', '')],
      }),
    ]
    const element = await mountEssay(essay, 'locale="en"')
    const list = shadow(element).querySelector('[part="items"]')
    expect(list?.getAttribute('aria-label')).toBe('Checklist')
    const labels = [...(list?.querySelectorAll('label') ?? [])]
    expect(labels.map((label) => label.textContent?.trim())).toEqual(['Sleep', 'Walk'])
    expect(list?.textContent).toContain('Eight hours.')
    await userEvent.click(labels[1] as HTMLElement)
    expect(labels[1]?.querySelector('input')?.checked).toBe(true)
  })
})

describe('<tsuzuri-essay> tabs', () => {
  it('should move between tabs with the arrow keys, Home and End, with a roving tabindex', async () => {
    const element = await mountEssay(sampleEssay())
    tabs(element)[0]?.focus()
    const focused = () => shadow(element).activeElement?.id
    const tabIndexes = () => tabs(element).map((tab) => tab.tabIndex)
    expect(tabIndexes()).toEqual([0, -1, -1])
    await userEvent.keyboard('{ArrowRight}')
    expect(focused()).toBe('tab-feelings')
    expect(element.selected).toBe('feelings')
    expect(tabIndexes()).toEqual([-1, 0, -1])
    expect(selectedPanel(element)?.id).toBe('panel-feelings')
    await userEvent.keyboard('{End}')
    expect(focused()).toBe('tab-strategies')
    await userEvent.keyboard('{ArrowRight}')
    expect(focused()).toBe('tab-experience')
    await userEvent.keyboard('{ArrowLeft}')
    expect(focused()).toBe('tab-strategies')
    await userEvent.keyboard('{Home}')
    expect(focused()).toBe('tab-experience')
    expect(element.getAttribute('selected')).toBe('experience')
  })

  it('should leave arrow keys with Alt, Ctrl or Meta to the browser (Alt+Left is Back)', async () => {
    const element = await mountEssay(sampleEssay())
    const first = tabs(element)[0] as HTMLElement
    first.focus()
    // Synthetic events: a real Alt+Left would navigate the test page back.
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey']) {
      for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End']) {
        const event = new KeyboardEvent('keydown', {
          key,
          [modifier]: true,
          bubbles: true,
          composed: true,
          cancelable: true,
        })
        first.dispatchEvent(event)
        await element.updateComplete
        expect(event.defaultPrevented, `${modifier} ${key}`).toBe(false)
        expect(element.selected, `${modifier} ${key}`).toBeUndefined()
        expect(shadow(element).activeElement).toBe(first)
      }
    }
    const plain = new KeyboardEvent('keydown', {key: 'ArrowLeft', bubbles: true, cancelable: true})
    first.dispatchEvent(plain)
    await element.updateComplete
    expect(plain.defaultPrevented).toBe(true)
    expect(element.selected).toBe('strategies')
  })

  it('should move focus from the selected tab to its panel with Tab', async () => {
    const element = await mountEssay(sampleEssay(), 'selected="feelings"')
    tabs(element)[1]?.focus()
    await userEvent.keyboard('{Tab}')
    expect(shadow(element).activeElement?.id).toBe('panel-feelings')
  })

  it('should follow the WAI-ARIA tabs pattern', async () => {
    const element = await mountEssay(sampleEssay())
    const root = shadow(element)
    const tablist = root.querySelector('[role="tablist"]')
    expect(tablist?.getAttribute('aria-label')).toBe('セクション')
    for (const tab of tabs(element)) {
      const panel = root.getElementById(tab.getAttribute('aria-controls') ?? '')
      expect(panel?.getAttribute('role')).toBe('tabpanel')
      expect(panel?.getAttribute('aria-labelledby')).toBe(tab.id)
      expect(panel?.hasAttribute('hidden')).toBe(tab.getAttribute('aria-selected') !== 'true')
    }
  })

  it('should select a tab on click and fire `tsuzuri-section-change` (bubbling, composed)', async () => {
    const element = await mountEssay(sampleEssay())
    const event = next<TsuzuriSectionChangeEvent>(document, 'tsuzuri-section-change')
    await userEvent.click(tabs(element)[2] as HTMLElement)
    const {detail, bubbles, composed} = await event
    expect(detail).toEqual({kind: 'strategies', previous: 'experience'})
    expect([bubbles, composed]).toEqual([true, true])
    expect(selectedPanel(element)?.id).toBe('panel-strategies')
  })

  it('should not fire `tsuzuri-section-change` when the page sets `selected`', async () => {
    const element = await mountEssay(sampleEssay())
    let fired = 0
    element.addEventListener('tsuzuri-section-change', () => fired++)
    element.selected = 'feelings'
    await element.updateComplete
    expect(fired).toBe(0)
  })

  it('should show a hidden tab when find-in-page reveals text in it', async () => {
    const element = await mountEssay(sampleEssay())
    const panel = shadow(element).getElementById('panel-strategies') as HTMLElement
    expect(panel.getAttribute('hidden')).toBe('until-found')
    panel.dispatchEvent(new Event('beforematch'))
    await element.updateComplete
    expect(element.selected).toBe('strategies')
  })

  it('should show a visible focus ring on a focused tab', async () => {
    const element = await mountEssay(sampleEssay())
    tabs(element)[0]?.focus()
    await userEvent.keyboard('{ArrowRight}')
    const style = getComputedStyle(tabs(element)[1] as HTMLElement)
    expect(style.outlineStyle).toBe('solid')
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2)
  })
})

describe('<tsuzuri-essay> without sections to show', () => {
  it('should say so, naming the kinds it looked for', async () => {
    const essay = sampleEssay()
    essay.sections = [section('conclusion', 'まとめ', '<p>おわり</p>')]
    const element = await mountEssay(essay)
    const empty = shadow(element).querySelector('[part="empty"]')
    expect(empty?.textContent).toContain('体験談・気持ち・対策')
    expect(shadow(element).querySelector('[role="tablist"]')).toBeNull()
    expect(shadow(element).querySelector('[part="title"]')?.textContent).toBe(
      '復帰したら、席が変わっていた',
    )
  })

  it('should show its children when it has no essay at all', async () => {
    const element = await mount('<tsuzuri-essay><p>Fallback</p></tsuzuri-essay>')
    const slot = shadow(element).querySelector('slot')
    expect(slot?.assignedElements().map((node) => node.textContent)).toEqual(['Fallback'])
  })
})
