import type {Essay, ItemPlace, Kind, Section, StrategyItem} from '@tsuzuri/essay'
import axe from 'axe-core'
import type {TsuzuriEssay} from '../index.js'
import '../index.js'

/** A section as the parser writes it, with what a test does not care about filled in. */
export function section(
  kind: Kind,
  heading: string | null,
  html: string,
  more: {children?: Section[]; items?: StrategyItem[]; id?: string} = {},
): Section {
  const result: Section = {
    id: more.id ?? (heading ?? 'intro').toLowerCase().replace(/\W+/g, '-'),
    kind,
    confidence: 1,
    reasons: [],
    heading,
    depth: heading === null ? 0 : 2,
    text: html.replace(/<[^>]*>/g, ''),
    html,
    position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}},
    children: more.children ?? [],
  }
  if (more.items) result.items = more.items
  return result
}

/** A strategy item as the parser writes it; `at: null` is one drawn from prose. */
export function item(title: string, text = '', at: ItemPlace | null = null): StrategyItem {
  return {title, text, section: 'test', at}
}

/**
 * A small Japanese essay made by hand: two experiences, one feeling, strategies as subsections
 * (with items) and as a list (with items), a conclusion, frontmatter for the attribution.
 */
export function sampleEssay(): Essay {
  return {
    title: '復帰したら、席が変わっていた',
    lang: 'ja',
    frontmatter: {
      author: '佐藤みのり',
      date: '2024-04-18',
      url: 'https://example.com/minori/back-to-work',
    },
    sections: [
      section('intro', null, '<p>育休から職場に戻って、半年が経ちました。</p>'),
      section('experience', '火曜日の会議室', '<p>復帰初日、課長に呼ばれました。</p>'),
      section('experience', '引き継がれたままの取引先', '<p>担当が後輩に決まっていました。</p>', {
        children: [section('feelings', 'そのときの気持ち', '<p>悔しかった。</p>')],
      }),
      section('feelings', '私の気持ち', '<p>悔しい、というのが一番近い言葉です。</p>'),
      section('strategies', '対策', '<p>半年かけて、やってみたことです。</p>', {
        children: [
          section('strategies', '① 上司と話す', '<p>面談の時間をもらいました。</p>'),
          section('strategies', '② 記録を残す', '<ul><li>面談の日付</li><li>担当業務</li></ul>'),
        ],
        items: [
          item('上司と話す', '面談の時間をもらいました。', {subsection: 0}),
          item('記録を残す', '面談の日付', {subsection: 1}),
        ],
      }),
      section(
        'strategies',
        '続けていること',
        '<ol><li><strong>社外に仲間をつくる</strong>：オンラインの会に参加。</li><li><strong>早めに帰る</strong>：罪悪感を手放す。</li></ol>',
        {
          items: [
            item('社外に仲間をつくる', 'オンラインの会に参加。', {block: 0, listItem: 0}),
            item('早めに帰る', '罪悪感を手放す。', {block: 0, listItem: 1}),
          ],
        },
      ),
      section('conclusion', 'まとめ', '<p>あなたの「やりたい」は贅沢ではありません。</p>'),
    ],
    warnings: [],
  }
}

/** A fresh `<div>` in the document, removed by `cleanup`. */
export function container(): HTMLElement {
  const div = document.createElement('div')
  div.className = 'test-container'
  document.body.append(div)
  return div
}

/** Remove every container a test made. */
export function cleanup(): void {
  for (const div of document.querySelectorAll('.test-container')) div.remove()
}

/** Put `markup` in the document and return its `<tsuzuri-essay>`, updated. */
export async function mount(markup: string): Promise<TsuzuriEssay> {
  const div = container()
  div.innerHTML = markup
  const element = div.querySelector('tsuzuri-essay')
  if (!element) throw new Error('Expected `markup` to contain a <tsuzuri-essay>')
  await element.updateComplete
  return element
}

/** An element showing `essay` (set as the property). */
export async function mountEssay(essay: Essay, attributes = ''): Promise<TsuzuriEssay> {
  const element = await mount(`<tsuzuri-essay ${attributes}></tsuzuri-essay>`)
  element.essay = essay
  await element.updateComplete
  return element
}

/** Resolve with the next event of `type` the element fires. */
export function next<T extends Event = CustomEvent>(
  element: EventTarget,
  type: string,
): Promise<T> {
  return new Promise((resolve) =>
    element.addEventListener(type, (event) => resolve(event as T), {once: true}),
  )
}

/** Wait until `check` holds (polling each frame), or fail after `timeout` ms. */
export async function until(check: () => boolean, timeout = 4000): Promise<void> {
  const end = performance.now() + timeout
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${check.toString()}`)
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
}

/** The element's shadow root. */
export function shadow(element: TsuzuriEssay): ShadowRoot {
  if (!element.shadowRoot) throw new Error('Expected an open shadow root')
  return element.shadowRoot
}

/** axe violations in the element (its shadow DOM included), as `id: target` lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {resultTypes: ['violations']})
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`,
    ),
  )
}
