import {afterEach, describe, expect, it} from 'vitest'
import type {TsuzuriEssay} from '../index.js'
import {cleanup, mount, sampleEssay, shadow} from '../test-utils/index.js'

afterEach(cleanup)

/** A page with `css` in a stylesheet of its own and an element showing the sample essay. */
async function themed(css: string): Promise<TsuzuriEssay> {
  const element = await mount(
    `<div class="page"><style>${css}</style><tsuzuri-essay selected="strategies"></tsuzuri-essay></div>`,
  )
  element.essay = sampleEssay()
  await element.updateComplete
  return element
}

const style = (element: TsuzuriEssay, selector: string) => {
  const node = shadow(element).querySelector(selector)
  if (!node) throw new Error(`Expected ${selector}`)
  return getComputedStyle(node)
}

describe('<tsuzuri-essay> theming', () => {
  it('should not take the page’s text layout (centred, indented, spaced, no wrap)', async () => {
    const element = await themed(
      '.page { text-align: center; text-indent: 4em; letter-spacing: 3px; word-spacing: 9px; white-space: nowrap; font-style: italic }',
    )
    const text = style(element, '[role="tabpanel"]:not([hidden]) .content p')
    expect(text.textAlign).toBe('start')
    expect(text.textIndent).toBe('0px')
    expect(text.letterSpacing).toBe('normal')
    expect(text.wordSpacing).toBe('0px')
    expect(text.whiteSpace).toBe('normal')
    // What is documented as inherited still is.
    expect(text.fontStyle).toBe('italic')
  })

  it('should take the page’s font family by default, at 1rem with a line height of 1.6', async () => {
    const element = await themed(
      '.page { font-family: "Courier New", monospace; font-size: 30px; line-height: 3 }',
    )
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize)
    const base = style(element, '.base')
    expect(base.fontFamily).toBe('"Courier New", monospace')
    expect(base.fontSize).toBe(`${rem}px`)
    expect(base.lineHeight).toBe(`${rem * 1.6}px`)
    expect(style(element, '[part="tab"]').fontFamily).toBe('"Courier New", monospace')
    const text = style(element, '[role="tabpanel"]:not([hidden]) .content p')
    expect(Number.parseFloat(text.lineHeight)).toBeCloseTo(rem * 1.8)
  })

  it('should follow --tsuzuri-font-size alone, keeping the page’s font family', async () => {
    const element = await themed(
      '.page { font-family: "Courier New", monospace } tsuzuri-essay { --tsuzuri-font-size: 20px }',
    )
    const base = style(element, '.base')
    expect(base.fontFamily).toBe('"Courier New", monospace')
    expect(base.fontSize).toBe('20px')
    expect(base.lineHeight).toBe('32px')
  })

  it('should follow --tsuzuri-font-family, --tsuzuri-font-size and --tsuzuri-line-height', async () => {
    const element = await themed(`.page { font-family: "Courier New", monospace }
      tsuzuri-essay {
        --tsuzuri-font-family: Georgia, serif;
        --tsuzuri-font-size: 20px;
        --tsuzuri-line-height: 2;
      }`)
    const base = style(element, '.base')
    expect(base.fontFamily).toBe('Georgia, serif')
    expect(base.fontSize).toBe('20px')
    expect(base.lineHeight).toBe('32px')
    expect(style(element, '[part="tab"]').fontFamily).toBe('Georgia, serif')
    const text = style(element, '[role="tabpanel"]:not([hidden]) .content p')
    expect(text.fontSize).toBe('20px')
    expect(text.lineHeight).toBe('40px')
  })

  it('should let the page style its parts with ::part()', async () => {
    const element = await themed(`
      tsuzuri-essay::part(title) { font-family: monospace; letter-spacing: 3px }
      tsuzuri-essay::part(tab-selected) { text-transform: uppercase }`)
    const title = style(element, '[part="title"]')
    expect(title.fontFamily).toBe('monospace')
    expect(title.letterSpacing).toBe('3px')
    expect(style(element, '[part~="tab-selected"]').textTransform).toBe('uppercase')
    expect(style(element, '[part="tab"]').textTransform).toBe('none')
  })
})
