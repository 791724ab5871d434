import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import type {TsuzuriEssay} from '../index.js'
import {parseText} from '../lib/parser.js'
import {axeViolations, cleanup, container, next, sampleEssay, shadow} from '../test-utils/index.js'

// `loading="lazy"`: a page full of essays loads each one when the reader comes near it. The parser
// module is watched: whatever it parses with (a worker, or the main thread where workers cannot
// start, as in this test page), a parse is the parser loaded.
vi.mock('../lib/parser.js', {spy: true})

const pageLang = document.documentElement.lang
beforeEach(() => {
  document.documentElement.setAttribute('lang', 'en')
  scrollTo(0, 0)
})
afterEach(() => {
  cleanup()
  vi.clearAllMocks()
  vi.restoreAllMocks()
  document.documentElement.lang = pageLang
})

/** `markup` far below the viewport (a spacer twice its height above it); its element, updated. */
async function below(markup: string): Promise<TsuzuriEssay> {
  const div = container()
  div.innerHTML = `<div style="height: 200vh"></div>${markup}`
  const element = div.querySelector('tsuzuri-essay') as TsuzuriEssay
  await element.updateComplete
  return element
}

/** Let a few frames pass, for anything that would start by mistake. */
const frames = async (count = 5) => {
  for (let index = 0; index < count; index++) {
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
}

const fetched = (spy: {mock: {calls: unknown[][]}}) => spy.mock.calls.map((call) => String(call[0]))

describe('<tsuzuri-essay loading="lazy">', () => {
  it('should not fetch `src` nor load the parser until it nears the viewport, and keep its loading height meanwhile', async () => {
    const fetches = vi.spyOn(window, 'fetch')
    const element = await below(
      '<tsuzuri-essay loading="lazy" src="/__fixtures/corpus/mommy-track.md?lazy=1"></tsuzuri-essay>',
    )
    await frames()
    expect(fetched(fetches)).toEqual([])
    expect(parseText).not.toHaveBeenCalled()
    const root = shadow(element)
    expect(root.querySelector('[part="loading"] [role="status"]')?.textContent).toBe('Loading…')
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize)
    expect(element.getBoundingClientRect().height).toBeGreaterThanOrEqual(16 * rem)
    expect(await axeViolations(element)).toEqual([])
    const loaded = next(element, 'tsuzuri-load')
    element.scrollIntoView()
    await loaded
    expect(fetched(fetches)).toEqual([
      new URL('/__fixtures/corpus/mommy-track.md?lazy=1', location.href).href,
    ])
    expect(parseText).toHaveBeenCalledTimes(1)
    expect(root.querySelector('[part="title"]')?.textContent).toBe('復帰したら、席が変わっていた')
  })

  it('should not parse inline Markdown until it nears the viewport', async () => {
    const element = await below(`<tsuzuri-essay loading="lazy">
      <script type="text/markdown">
        # Three weeks in

        ## What helped
        1. **Walking at lunch.** Every day.
      </script>
    </tsuzuri-essay>`)
    await frames()
    expect(parseText).not.toHaveBeenCalled()
    expect(shadow(element).querySelector('[part="loading"]')).not.toBeNull()
    const loaded = next(element, 'tsuzuri-load')
    element.scrollIntoView()
    await loaded
    expect(parseText).toHaveBeenCalledTimes(1)
  })

  it('should not fetch a `src` set while it is still far from the viewport, then fetch only the last one', async () => {
    const fetches = vi.spyOn(window, 'fetch')
    const element = await below(
      '<tsuzuri-essay loading="lazy" src="/__fixtures/json/mommy-track.md?lazy=2"></tsuzuri-essay>',
    )
    element.src = '/__fixtures/json/henzutsu.md?lazy=2'
    await element.updateComplete
    element.src = '/__fixtures/json/laid-off-at-41.md?lazy=2'
    await element.updateComplete
    await frames()
    expect(fetched(fetches)).toEqual([])
    const loaded = next(element, 'tsuzuri-load')
    element.scrollIntoView()
    await loaded
    expect(fetched(fetches)).toEqual([
      new URL('/__fixtures/json/laid-off-at-41.md?lazy=2', location.href).href,
    ])
    // Near the viewport once, it reads a new `src` at once, as `eager` does.
    element.src = '/__fixtures/json/henzutsu.md?lazy=3'
    await element.updateComplete
    expect(fetched(fetches)).toHaveLength(2)
  })

  it('should read at once when `loading` turns to `eager`', async () => {
    const fetches = vi.spyOn(window, 'fetch')
    const element = await below(
      '<tsuzuri-essay loading="lazy" src="/__fixtures/json/mommy-track.md?lazy=4"></tsuzuri-essay>',
    )
    await frames()
    expect(fetched(fetches)).toEqual([])
    const loaded = next(element, 'tsuzuri-load')
    element.loading = 'eager'
    await loaded
    expect(fetched(fetches)).toHaveLength(1)
  })

  it('should show an essay set as a property, or embedded as JSON, at once: there is nothing to fetch or parse', async () => {
    const element = await below('<tsuzuri-essay loading="lazy"></tsuzuri-essay>')
    element.essay = sampleEssay()
    await element.updateComplete
    expect(shadow(element).querySelectorAll('[role="tab"]')).toHaveLength(3)
    expect(parseText).not.toHaveBeenCalled()
  })

  it('should stop watching the viewport when it leaves the page, and start again when it comes back', async () => {
    const disconnect = vi.spyOn(IntersectionObserver.prototype, 'disconnect')
    const fetches = vi.spyOn(window, 'fetch')
    const element = await below(
      '<tsuzuri-essay loading="lazy" src="/__fixtures/json/mommy-track.md?lazy=5"></tsuzuri-essay>',
    )
    const parent = element.parentElement as HTMLElement
    element.remove()
    expect(disconnect).toHaveBeenCalled()
    parent.append(element)
    await element.updateComplete
    await frames()
    expect(fetched(fetches)).toEqual([])
    const loaded = next(element, 'tsuzuri-load')
    element.scrollIntoView()
    await loaded
    expect(fetched(fetches)).toHaveLength(1)
  })

  it('should reflect `loading`, and read at once by default', async () => {
    const fetches = vi.spyOn(window, 'fetch')
    const element = await below(
      '<tsuzuri-essay src="/__fixtures/json/mommy-track.md?lazy=6"></tsuzuri-essay>',
    )
    expect(element.loading).toBe('eager')
    expect(fetched(fetches)).toHaveLength(1)
    element.loading = 'lazy'
    await element.updateComplete
    expect(element.getAttribute('loading')).toBe('lazy')
    await next(element, 'tsuzuri-load')
  })
})
