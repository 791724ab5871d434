import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import type {TsuzuriEssay} from '../index.js'
import {cleanup, container, next, shadow} from '../test-utils/index.js'

// `TsuzuriEssay.parserSrc`: a page that hosts the parser file elsewhere than next to the
// element's script. (The tests of this file share one page, where workers start: its first
// worker is the first to run. A page where they cannot, and the CDN build, are in
// test/page/site-owner.test.ts.)

const Element = () => customElements.get('tsuzuri-essay') as typeof TsuzuriEssay
let workers: string[]

beforeEach(() => {
  workers = []
  const Native = window.Worker
  vi.stubGlobal(
    'Worker',
    class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options)
        workers.push(String(url))
      }
    },
  )
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  Element().parserSrc = undefined
})

const markdown = `<tsuzuri-essay show="strategies" locale="en">
  <script type="text/markdown">
    # Three weeks in

    ## What helped
    1. **Walking at lunch.** Every day.
  </script>
</tsuzuri-essay>`

describe('TsuzuriEssay.parserSrc', () => {
  it('should run the parser file it names, relative to the page, in a worker', async () => {
    // The CDN build's parser file, from another folder than the element's modules.
    Element().parserSrc = '/dist/cdn/tsuzuri-essay-parser.js'
    const div = container()
    const loaded = next(div, 'tsuzuri-load')
    div.innerHTML = markdown
    await loaded
    expect(workers).toEqual([new URL('/dist/cdn/tsuzuri-essay-parser.js', location.href).href])
    const element = div.querySelector('tsuzuri-essay') as TsuzuriEssay
    const box = shadow(element).querySelector('[part~="checkbox"]')
    expect(box?.getAttribute('aria-label')).toBe('Walking at lunch')
  })

  it('should say the parser could not be loaded when the file is not there', async () => {
    Element().parserSrc = new URL('/nothing/tsuzuri-essay-parser.js', location.href)
    const div = container()
    const failed = next<CustomEvent>(div, 'tsuzuri-error')
    div.innerHTML = markdown
    const {detail} = await failed
    expect(detail.code).toBe('parser')
    expect(detail.message).toContain('Could not load the parser')
    expect(workers).toEqual([new URL('/nothing/tsuzuri-essay-parser.js', location.href).href])
  })
})
