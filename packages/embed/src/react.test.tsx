import {type Essay, type Kind, parseEssay} from '@tsuzuri/essay'
import {createElement, createRef, version} from 'react'
import {flushSync} from 'react-dom'
import {createRoot, type Root} from 'react-dom/client'
import {afterEach, describe, expect, it, vi} from 'vitest'
import type {
  TsuzuriErrorDetail,
  TsuzuriEssay as TsuzuriEssayElement,
  TsuzuriLoadEvent,
} from './index.js'
import {TsuzuriEssay, type TsuzuriEssayProps} from './react.js'
import {cleanup, container, shadow, until} from './test-utils/index.js'

const markdown = `# Back to work

## What happened

My desk had moved, and my clients had a new contact.

## How it felt

I felt left behind, and angry at myself for it.

## What helped

1. **Ask in writing.** Then you have a record.
2. **Book a weekly check-in.** Fifteen minutes is enough.
`

let root: Root | undefined
afterEach(() => {
  if (root) flushSync(() => root?.unmount())
  root = undefined
  cleanup()
})

/** Render `<TsuzuriEssay {...props} />` in a React 19 root (again, on later calls) and return the element. */
async function render(props: TsuzuriEssayProps): Promise<TsuzuriEssayElement> {
  if (!root) root = createRoot(container())
  const ref = createRef<TsuzuriEssayElement>()
  flushSync(() => root?.render(<TsuzuriEssay {...props} ref={ref} />))
  const element = ref.current
  if (!element) throw new Error('Expected the ref to hold the element')
  await element.updateComplete
  return element
}

const tabTexts = (element: TsuzuriEssayElement) =>
  [...shadow(element).querySelectorAll('[role="tab"]')].map((tab) =>
    tab.textContent?.replace(/\s+/g, ' ').trim(),
  )

describe('@tsuzuri/embed/react', () => {
  it('should expose the public api and register the element (tested with React 19)', async () => {
    expect(version).toMatch(/^19\./)
    const api = await import('./react.js')
    expect(Object.keys(api).sort()).toEqual(['TsuzuriEssay'])
    expect(customElements.get('tsuzuri-essay')).toBeDefined()
  })

  it('should render the essay given as a prop in the shadow DOM, and fire `onTsuzuriLoad` with it', async () => {
    const essay = parseEssay(markdown)
    const loaded: Essay[] = []
    const element = await render({
      essay,
      show: 'strategies',
      onTsuzuriLoad: (event) => loaded.push(event.detail),
    })
    expect(element).toBeInstanceOf(customElements.get('tsuzuri-essay'))
    expect(element.essay).toBe(essay)
    await until(() => loaded.length > 0)
    expect(loaded[0]?.title).toBe('Back to work')
    expect(shadow(element).querySelector('[part="title"]')?.textContent).toBe('Back to work')
    expect(tabTexts(element)).toEqual(['Strategies 1'])
    const panel = shadow(element).querySelector('[role="tabpanel"]:not([hidden])')
    expect(panel?.textContent).toContain('Ask in writing.')
    expect(panel?.textContent).not.toContain('My desk had moved')
  })

  it('should re-render when props change, and set them as properties', async () => {
    const essay = parseEssay(markdown)
    let element = await render({essay, show: 'strategies'})
    expect(tabTexts(element)).toEqual(['Strategies 1'])
    element = await render({essay, show: 'experience feelings', layout: 'stack', headingLevel: 3})
    await element.updateComplete
    expect(element.show).toBe('experience feelings')
    expect(element.getAttribute('layout')).toBe('stack')
    expect(element.headingLevel).toBe(3)
    const headings = [...shadow(element).querySelectorAll('[part~="group-heading"]')]
    expect(
      headings.map((heading) => `${heading.localName} ${heading.firstElementChild?.textContent}`),
    ).toEqual(['h4 Experience', 'h4 Feelings'])
  })

  it('should call `onTsuzuriSectionChange` with the kinds when the reader selects a tab', async () => {
    const changes: [Kind, Kind][] = []
    const element = await render({
      essay: parseEssay(markdown),
      onTsuzuriSectionChange: (event) => changes.push([event.detail.kind, event.detail.previous]),
    })
    shadow(element).querySelector<HTMLElement>('#tab-feelings')?.click()
    await until(() => changes.length > 0)
    expect(changes).toEqual([['feelings', 'experience']])
    expect(element.selected).toBe('feelings')
  })

  it('should call `onTsuzuriError` with its detail when the essay cannot be shown', async () => {
    const errors: TsuzuriErrorDetail[] = []
    await render({
      src: '/__fixtures/status/404',
      onTsuzuriError: (event) => errors.push(event.detail),
    })
    await until(() => errors.length > 0)
    expect(errors[0]).toMatchObject({code: 'not-found', status: 404})
    expect(errors[0]?.url).toMatch(/\/__fixtures\/status\/404$/)
  })

  it('should call the handler given last, and none once it is removed', async () => {
    const first = vi.fn()
    const second = vi.fn()
    let element = await render({onTsuzuriLoad: first})
    element = await render({onTsuzuriLoad: second})
    element.dispatchEvent(new CustomEvent('tsuzuri-load', {detail: null}))
    element = await render({})
    element.dispatchEvent(new CustomEvent('tsuzuri-load', {detail: null}))
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
  })

  it('should have an `onTsuzuri…` prop for every event in custom-elements.json', async () => {
    // Fetched, not imported: the build writes it, and the type check may run before the build.
    const manifest: {modules: {declarations: {tagName?: string; events?: {name: string}[]}[]}[]} =
      await (await fetch(new URL('../custom-elements.json', import.meta.url))).json()
    const declarations = manifest.modules.flatMap((module) => module.declarations)
    const element = declarations.find((declaration) => declaration.tagName === 'tsuzuri-essay')
    const names = (element?.events ?? []).map((event) => event.name)
    expect(names).toEqual(['tsuzuri-load', 'tsuzuri-section-change', 'tsuzuri-error'])
    const called: string[] = []
    const props: Record<string, unknown> = {}
    for (const name of names) {
      const prop = `on${name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`
      props[prop] = (event: Event) => called.push(`${prop} ${event.type}`)
    }
    const rendered = await render(props as TsuzuriEssayProps)
    for (const name of names) rendered.dispatchEvent(new CustomEvent(name, {detail: null}))
    expect(called).toEqual([
      'onTsuzuriLoad tsuzuri-load',
      'onTsuzuriSectionChange tsuzuri-section-change',
      'onTsuzuriError tsuzuri-error',
    ])
  })

  it('should also take the bare tag in React 19, as the README says: properties and `ontsuzuri-*` handlers', async () => {
    const loaded: (string | null)[] = []
    root = createRoot(container())
    flushSync(() =>
      root?.render(
        createElement('tsuzuri-essay', {
          essay: parseEssay(markdown),
          show: 'feelings',
          'ontsuzuri-load': (event: TsuzuriLoadEvent) => loaded.push(event.detail.title),
        }),
      ),
    )
    const element = document.querySelector('tsuzuri-essay')
    if (!element) throw new Error('Expected React to render <tsuzuri-essay>')
    await until(() => loaded.length > 0)
    expect(loaded).toEqual(['Back to work'])
    expect(element.essay?.title).toBe('Back to work')
    expect(tabTexts(element)).toEqual(['Feelings 1'])
  })

  it('should pass `id`, `className`, `style` and children to the element', async () => {
    if (!root) root = createRoot(container())
    flushSync(() =>
      root?.render(
        <TsuzuriEssay id="essay" className="wide" style={{maxWidth: '30em'}}>
          <p>Read it on my blog.</p>
        </TsuzuriEssay>,
      ),
    )
    const element = document.getElementById('essay') as TsuzuriEssayElement
    expect(element.localName).toBe('tsuzuri-essay')
    expect(element.className).toBe('wide')
    expect(element.style.maxWidth).toBe('30em')
    expect(element.querySelector('p')?.textContent).toBe('Read it on my blog.')
  })
})
