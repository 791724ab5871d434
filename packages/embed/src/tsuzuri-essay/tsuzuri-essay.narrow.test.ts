import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {page, userEvent} from 'vitest/browser'
import type {TsuzuriEssay} from '../index.js'
import {axeViolations, cleanup, mountEssay, sampleEssay, shadow} from '../test-utils/index.js'

// Phones: the page is 320 or 375 px wide (with the body's 8 px margins), and the tabs must stay
// where a reader can see and reach them.

afterEach(cleanup)
afterAll(() => page.viewport(414, 896))

/** Every kind, in English: the longest tab list the element can have. */
const everyKind = 'intro background experience feelings strategies conclusion other'

const tabList = (element: TsuzuriEssay) =>
  shadow(element).querySelector('[role="tablist"]') as HTMLElement
const tabs = (element: TsuzuriEssay) => [
  ...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]'),
]

/** Where the line under the tabs is: the bottom of the list's visible box (above a scrollbar). */
const lineOf = (list: HTMLElement) =>
  list.getBoundingClientRect().top + list.clientTop + list.clientHeight

/** The box a tab's focus ring covers: its own box, grown by the outline's offset and width. */
function ringOf(tab: HTMLElement): DOMRect {
  const style = getComputedStyle(tab)
  const grow = Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth)
  const box = tab.getBoundingClientRect()
  return new DOMRect(box.x - grow, box.y - grow, box.width + 2 * grow, box.height + 2 * grow)
}

/** Whether `inner` lies within `outer` (to half a pixel). */
const within = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5

describe('<tsuzuri-essay> tabs on a narrow screen', () => {
  for (const width of [320, 375]) {
    for (const [name, attributes] of [
      ['Japanese', ''],
      ['English', 'locale="en"'],
      ['every kind, in English', `locale="en" show="${everyKind}"`],
    ] as const) {
      it(`should keep every tab on one row, on the line under the tabs, inside the element at ${width} px (${name})`, async () => {
        await page.viewport(width, 700)
        const element = await mountEssay(sampleEssay(), attributes)
        const list = tabList(element)
        const host = element.getBoundingClientRect()
        const box = list.getBoundingClientRect()
        // The list stays inside the element, and the page does not scroll sideways.
        expect(box.left).toBeGreaterThanOrEqual(host.left)
        expect(box.right).toBeLessThanOrEqual(host.right)
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth)
        const line = lineOf(list)
        const all = tabs(element)
        for (const tab of all) {
          const rect = tab.getBoundingClientRect()
          // One row, and each tab's underline (its bottom border) sits on the line.
          expect(rect.top, tab.id).toBeCloseTo(all[0]?.getBoundingClientRect().top ?? 0, 0)
          expect(rect.bottom, tab.id).toBeCloseTo(line, 0)
          expect(getComputedStyle(tab).borderBottomWidth).toBe('3px')
        }
        const selected = all.find((tab) => tab.getAttribute('aria-selected') === 'true')
        expect(getComputedStyle(selected as HTMLElement).borderBottomColor).not.toBe(
          'rgba(0, 0, 0, 0)',
        )
        expect(await axeViolations(element)).toEqual([])
      })

      it(`should scroll each tab selected with the keyboard into view, focus ring included, at ${width} px (${name})`, async () => {
        await page.viewport(width, 700)
        const element = await mountEssay(sampleEssay(), attributes)
        const list = tabList(element)
        const all = tabs(element)
        all[0]?.focus()
        const seen = (tab: HTMLElement) => within(ringOf(tab), list.getBoundingClientRect())
        expect(seen(all[0] as HTMLElement)).toBe(true)
        for (const tab of [...all.slice(1), all[0]]) {
          await userEvent.keyboard('{ArrowRight}')
          expect(shadow(element).activeElement, tab?.id).toBe(tab)
          expect(seen(tab as HTMLElement), tab?.id).toBe(true)
        }
        await userEvent.keyboard('{End}')
        expect(seen(all.at(-1) as HTMLElement)).toBe(true)
        await userEvent.keyboard('{Home}')
        expect(seen(all[0] as HTMLElement)).toBe(true)
        expect(list.scrollLeft).toBe(0)
      })
    }
  }

  it('should need scrolling only when the tabs do not fit, and then let every tab be reached', async () => {
    await page.viewport(320, 700)
    const element = await mountEssay(sampleEssay(), `locale="en" show="${everyKind}"`)
    const list = tabList(element)
    expect(list.scrollWidth).toBeGreaterThan(list.clientWidth)
    list.scrollLeft = list.scrollWidth
    const last = tabs(element).at(-1) as HTMLElement
    expect(within(last.getBoundingClientRect(), list.getBoundingClientRect())).toBe(true)
    await page.viewport(1000, 700)
    const wide = await mountEssay(sampleEssay(), 'locale="en"')
    expect(tabList(wide).scrollWidth).toBe(tabList(wide).clientWidth)
  })
})
