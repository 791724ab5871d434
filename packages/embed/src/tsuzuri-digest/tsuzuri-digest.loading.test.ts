import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import type {TsuzuriDigest} from '../index.js'
import {count, fixtureCollection, fixtureUrl, root} from '../test-utils/digest.js'
import {axeViolations, cleanup, container, next} from '../test-utils/index.js'

// `loading="lazy"`, as the essay element has it: nothing is fetched until the element comes
// within 400px of the viewport.

const pageLang = document.documentElement.lang
beforeEach(() => {
  document.documentElement.setAttribute('lang', 'en')
  scrollTo(0, 0)
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  document.documentElement.lang = pageLang
})

/** `markup` far below the viewport (a spacer twice its height above it); its element, updated. */
async function below(markup: string): Promise<TsuzuriDigest> {
  const div = container()
  div.innerHTML = `<div style="height: 200vh"></div>${markup}`
  const element = div.querySelector('tsuzuri-digest') as TsuzuriDigest
  await element.updateComplete
  return element
}

const frames = async (count = 5) => {
  for (let index = 0; index < count; index++) {
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
}

const fetched = (spy: {mock: {calls: unknown[][]}}) => spy.mock.calls.map((call) => String(call[0]))

describe('<tsuzuri-digest loading="lazy">', () => {
  it('should not fetch `src` until it nears the viewport, and keep its loading height meanwhile', async () => {
    const fetches = vi.spyOn(window, 'fetch')
    const element = await below(
      `<tsuzuri-digest loading="lazy" src="${fixtureUrl}?lazy=1"></tsuzuri-digest>`,
    )
    await frames()
    expect(fetched(fetches)).toEqual([])
    expect(root(element).querySelector('[part="loading"] [role="status"]')?.textContent).toBe(
      'Loading…',
    )
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize)
    expect(element.getBoundingClientRect().height).toBeGreaterThanOrEqual(16 * rem)
    expect(await axeViolations(element)).toEqual([])
    const loaded = next(element, 'tsuzuri-collection-load')
    element.scrollIntoView()
    await loaded
    await element.updateComplete
    expect(fetched(fetches)).toEqual([new URL(`${fixtureUrl}?lazy=1`, location.href).href])
    expect(count(element)).toBe('27 strategies from 6 posts')
  })

  it('should fetch only the last `src` set while far from the viewport, and at once when `loading` turns `eager`', async () => {
    const fetches = vi.spyOn(window, 'fetch')
    const element = await below(
      `<tsuzuri-digest loading="lazy" src="${fixtureUrl}?lazy=2"></tsuzuri-digest>`,
    )
    element.src = `${fixtureUrl}?lazy=3`
    await element.updateComplete
    await frames()
    expect(fetched(fetches)).toEqual([])
    const loaded = next(element, 'tsuzuri-collection-load')
    element.loading = 'eager'
    await loaded
    expect(fetched(fetches)).toEqual([new URL(`${fixtureUrl}?lazy=3`, location.href).href])
  })

  it('should show a `collection` property at once: there is nothing to fetch', async () => {
    const fetches = vi.spyOn(window, 'fetch')
    const element = await below('<tsuzuri-digest loading="lazy"></tsuzuri-digest>')
    element.collection = fixtureCollection()
    await element.updateComplete
    expect(count(element)).toBe('27 strategies from 6 posts')
    expect(fetched(fetches)).toEqual([])
  })

  it('should stop watching the viewport when it leaves the page, and start again when it comes back', async () => {
    const disconnect = vi.spyOn(IntersectionObserver.prototype, 'disconnect')
    const fetches = vi.spyOn(window, 'fetch')
    const element = await below(
      `<tsuzuri-digest loading="lazy" src="${fixtureUrl}?lazy=4"></tsuzuri-digest>`,
    )
    const parent = element.parentElement as HTMLElement
    element.remove()
    expect(disconnect).toHaveBeenCalled()
    parent.append(element)
    await element.updateComplete
    await frames()
    expect(fetched(fetches)).toEqual([])
    const loaded = next(element, 'tsuzuri-collection-load')
    element.scrollIntoView()
    await loaded
    expect(fetched(fetches)).toHaveLength(1)
  })
})
