import type {ItemPlace, StrategyItem} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
import {section} from '../test-utils/index.js'
import {type PreparedSection, prepareSection as prepare} from './checklist.js'

/** Items with their titles and places, as the parser writes them. */
const items = (...entries: Array<[string, ItemPlace | null]>): StrategyItem[] =>
  entries.map(([title, at]) => ({title, text: '', section: 's', at}))

/** What `prepareSection` found, with the content node as HTML. */
function prepareSection(...args: Parameters<typeof prepare>) {
  const {content, items: placement, nested}: PreparedSection = prepare(...args)
  return {html: content?.innerHTML ?? '', items: placement, nested}
}

const box = (title: string) =>
  `<input type="checkbox" class="tick" part="checkbox" aria-label="${title}">`

describe('prepareSection', () => {
  it('should find strategies written as subsections', () => {
    const strategies = section('strategies', '対策', '<p>intro</p>', {
      children: [section('strategies', '① 話す', ''), section('strategies', '② 書く', '')],
      items: items(['話す', {subsection: 0}], ['書く', {subsection: 1}]),
    })
    expect(prepare(strategies).ticks).toEqual(
      new Map([
        [0, '話す'],
        [1, '書く'],
      ]),
    )
    expect(prepareSection(strategies)).toEqual({
      html: '<p>intro</p>',
      items: 'children',
      nested: false,
    })
  })

  it('should put checkboxes in the list items each strategy names', () => {
    const strategies = section(
      'strategies',
      'What helped',
      '<p>Intro.</p><ol><li><strong>Ask in writing.</strong> Always.</li><li><p>Keep <em>notes</em>.</p><ul><li>dates</li></ul></li></ol>',
      {
        items: items(
          ['Ask in writing', {block: 1, listItem: 0}],
          ['Keep notes', {block: 1, listItem: 1}],
        ),
      },
    )
    const {html, items: placement} = prepareSection(strategies)
    expect(placement).toBe('content')
    expect(html).toBe(
      `<p>Intro.</p><ol><li>${box('Ask in writing')}<strong>Ask in writing.</strong> Always.</li><li>${box('Keep notes')}<p>Keep <em>notes</em>.</p><ul><li>dates</li></ul></li></ol>`,
    )
  })

  it('should find strategies in numbered paragraphs', () => {
    const strategies = section('strategies', '対策', '<p>①まず寝る。</p><p>②次に歩く。</p>', {
      items: items(['まず寝る', {block: 0}], ['次に歩く', {block: 1}]),
    })
    expect(prepareSection(strategies).items).toBe('content')
  })

  it('should follow the places, not the words, so markup and entities never hide an item', () => {
    // Titles as the parser writes them: plain text, where the HTML has `&amp;` and `<em>`.
    const strategies = section(
      'strategies',
      'What helped',
      '<ul><li><strong>Ask HR &amp; your manager</strong> in writing.</li><li>Keep <em>every</em> email.</li></ul>',
      {
        items: items(
          ['Ask HR & your manager', {block: 0, listItem: 0}],
          ['Keep every email', {block: 0, listItem: 1}],
        ),
      },
    )
    expect(prepareSection(strategies)).toEqual({
      html: `<ul><li>${box('Ask HR &amp; your manager')}<strong>Ask HR &amp; your manager</strong> in writing.</li><li>${box('Keep every email')}Keep <em>every</em> email.</li></ul>`,
      items: 'content',
      nested: false,
    })
  })

  it('should fall back to a separate checklist when an item has no place, or a wrong one', () => {
    const html = '<ul><li>Sleep</li></ul><p>Walk more.</p>'
    for (const places of [
      // Drawn from prose, or JSON from before items had places: words are not searched.
      [null, null],
      // A place the HTML does not have, the wrong kind of element, or one element twice.
      [{block: 0, listItem: 0}, {block: 2}],
      [
        {block: 0, listItem: 0},
        {block: 1, listItem: 0},
      ],
      [{block: 0}, {block: 1}],
      [{block: 1}, {block: 1}],
      [{subsection: 0}, {block: 1}],
    ] as Array<[ItemPlace | null, ItemPlace | null]>) {
      const strategies = section('strategies', 'Plan', html, {
        items: items(['Sleep', places[0]], ['Walk more', places[1]]),
      })
      expect(prepareSection(strategies), JSON.stringify(places)).toEqual({
        html,
        items: 'list',
        nested: false,
      })
    }
  })

  it('should list advice written as prose apart, knowing its words are in the content', () => {
    const html = '<p>Ask for help early. Don’t wait for a crisis; most people never ask.</p>'
    const strategies = section('strategies', 'Advice', html, {
      items: [
        {title: 'Ask for help early', text: '', section: 's', at: {block: 0, sentence: 0}},
        {
          title: 'Don’t wait',
          text: 'most people never ask.',
          section: 's',
          at: {block: 0, sentence: 1},
        },
        {title: 'Rest', text: 'Eight hours.', section: 's', at: null},
      ],
    })
    const {items: placement, inContent} = prepare(strategies)
    expect(placement).toBe('list')
    expect(inContent).toEqual([true, true, false])
  })

  it('should fall back to a separate checklist when the subsections are not there', () => {
    const strategies = section('strategies', 'Plan', '', {
      children: [section('strategies', '① Sleep', '')],
      items: items(['Sleep', {subsection: 0}], ['Walk', {subsection: 1}]),
    })
    expect(prepareSection(strategies)).toEqual({html: '', items: 'list', nested: false})
  })

  it('should give no checkboxes to the items of a section that is itself a strategy', () => {
    const strategy = section('strategies', '② 記録を残す', '<ul><li>日付</li><li>結果</li></ul>', {
      items: items(['日付', {block: 0, listItem: 0}], ['結果', {block: 0, listItem: 1}]),
    })
    expect(prepareSection(strategy).items).toBe('content')
    expect(prepareSection(strategy, true)).toEqual({
      html: '<ul><li>日付</li><li>結果</li></ul>',
      items: 'none',
      nested: true,
    })
  })

  it('should sanitize the HTML either way', () => {
    expect(
      prepareSection(section('feelings', 'F', '<p onclick="x()">a<script>x()</script></p>')).html,
    ).toBe('<p>a</p>')
  })
})

describe('prepareSection’s content', () => {
  it('should be a `content` part holding the nodes', () => {
    const {content} = prepare(section('feelings', 'F', '<p>a &amp; <em>b</em></p>'))
    expect(content?.outerHTML).toBe(
      '<div class="content" part="content"><p>a &amp; <em>b</em></p></div>',
    )
    expect(prepare(section('feelings', 'F', '')).content).toBeNull()
  })
})
