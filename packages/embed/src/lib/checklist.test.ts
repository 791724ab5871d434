import {describe, expect, it} from 'vitest'
import {section} from '../test-utils/index.js'
import {type PreparedSection, prepareSection as prepare} from './checklist.js'

const items = (...titles: string[]) => titles.map((title) => ({title, text: ''}))

/** What `prepareSection` found, with the content node as HTML. */
function prepareSection(...args: Parameters<typeof prepare>) {
  const {content, items: placement, nested}: PreparedSection = prepare(...args)
  return {html: content?.innerHTML ?? '', items: placement, nested}
}

describe('prepareSection', () => {
  it('should find strategies written as subsections', () => {
    const strategies = section('strategies', '対策', '<p>intro</p>', {
      children: [section('strategies', '① 話す', ''), section('strategies', '② 書く', '')],
      items: items('話す', '書く'),
    })
    expect(prepareSection(strategies)).toEqual({
      html: '<p>intro</p>',
      items: 'children',
      nested: false,
    })
  })

  it('should put checkboxes in the list items that start with each strategy', () => {
    const strategies = section(
      'strategies',
      'What helped',
      '<p>Intro.</p><ol><li><strong>Ask in writing.</strong> Always.</li><li><p>Keep <em>notes</em>.</p><ul><li>dates</li></ul></li></ol>',
      {items: items('Ask in writing', 'Keep notes')},
    )
    const {html, items: placement} = prepareSection(strategies)
    expect(placement).toBe('content')
    const box = (title: string) =>
      `<input type="checkbox" class="tick" part="checkbox" aria-label="${title}">`
    expect(html).toBe(
      `<p>Intro.</p><ol><li>${box('Ask in writing')}<strong>Ask in writing.</strong> Always.</li><li>${box('Keep notes')}<p>Keep <em>notes</em>.</p><ul><li>dates</li></ul></li></ol>`,
    )
  })

  it('should find strategies in numbered paragraphs', () => {
    const strategies = section('strategies', '対策', '<p>①まず寝る。</p><p>②次に歩く。</p>', {
      items: items('まず寝る', '次に歩く'),
    })
    expect(prepareSection(strategies).items).toBe('content')
  })

  it('should fall back to a separate checklist when a strategy is not in the text', () => {
    const strategies = section('strategies', 'Plan', '<ul><li>Sleep</li></ul>', {
      items: items('Sleep', 'Walk'),
    })
    expect(prepareSection(strategies)).toEqual({
      html: '<ul><li>Sleep</li></ul>',
      items: 'list',
      nested: false,
    })
  })

  it('should give no checkboxes to the items of a section that is itself a strategy', () => {
    const strategy = section('strategies', '② 記録を残す', '<ul><li>日付</li><li>結果</li></ul>', {
      items: items('日付', '結果'),
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
  it('should be a `content` part holding the nodes, and its text', () => {
    const {content, text} = prepare(section('feelings', 'F', '<p>a &amp; <em>b</em></p>'))
    expect(content?.outerHTML).toBe(
      '<div class="content" part="content"><p>a &amp; <em>b</em></p></div>',
    )
    expect(text).toBe('a & b')
    expect(prepare(section('feelings', 'F', '')).content).toBeNull()
  })
})
