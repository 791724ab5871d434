import {type Essay, type EssayWarning, parseEssay, type Section} from '@tsuzuri/essay'
import {copyText, enableCopyButtons} from './copy.js'
import {embedSnippet} from './snippet.js'

type Format = 'auto' | 'markdown' | 'text'

/** `<tsuzuri-essay>`, loaded from its CDN build by a script tag; rendering is its business. */
interface EssayElement extends HTMLElement {
  essay: Essay | null
}

interface Saved {
  text: string
  format: Format
  layout?: string | undefined
}

const storageKey = 'tsuzuri:playground'
const hashPrefix = '#essay='

function $<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector)
  if (!element) throw new Error(`The playground page has no ${selector}`)
  return element
}

const input = $<HTMLTextAreaElement>('#input')
const formatSelect = $<HTMLSelectElement>('#format')
const sampleSelect = $<HTMLSelectElement>('#sample')
const layoutSelect = document.querySelector<HTMLSelectElement>('#layout')
const strip = $<HTMLOListElement>('#strip')
const legend = $<HTMLUListElement>('#strip-legend')
const outline = $<HTMLOListElement>('#outline')
const problems = $<HTMLUListElement>('#problems')
const problemsSummary = $<HTMLParagraphElement>('#problems-summary')
const preview = $<EssayElement>('#preview')
const json = $<HTMLElement>('#json')
const snippet = $<HTMLElement>('#playground-snippet')
const status = $<HTMLElement>('#status')
const downloadButton = $<HTMLButtonElement>('#download')
const shareButton = $<HTMLButtonElement>('#share')

let current: Essay | undefined

/** Make an element: `h('li', {class: 'x', 'data-kind': 'feelings'}, 'text', child)`. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value)
  }
  element.append(...children)
  return element
}

function flatten(
  sections: readonly Section[],
  level = 0,
): Array<{section: Section; level: number}> {
  return sections.flatMap((section) => [{section, level}, ...flatten(section.children, level + 1)])
}

function lineRange(section: Section): string {
  const {start, end} = section.position
  return start.line === end.line ? `line ${start.line}` : `lines ${start.line}–${end.line}`
}

/** Select lines `from`–`to` of the input and bring them into view. */
function selectLines(from: number, to = from) {
  const lines = input.value.split('\n')
  let start = 0
  for (let index = 0; index < from - 1 && index < lines.length; index++) {
    start += (lines[index]?.length ?? 0) + 1
  }
  let end = start
  for (let index = from - 1; index < to && index < lines.length; index++) {
    end += (lines[index]?.length ?? 0) + 1
  }
  input.focus()
  input.setSelectionRange(start, Math.max(start, end - 1))
  // Browsers scroll a textarea to its caret on focus; blur and focus again to make them do it.
  input.blur()
  input.focus()
}

function renderStrip(essay: Essay) {
  const bands = flatten(essay.sections).map(({section, level}) => {
    const size = (section.heading?.length ?? 0) + section.text.length
    const label = `${section.kind}: ${section.heading ?? 'opening'}, ${size} characters`
    const band = h('li', {
      'data-kind': section.kind,
      class: `depth-${Math.min(level, 2)}`,
      title: label,
    })
    band.append(h('span', {class: 'visually-hidden'}, label))
    band.style.setProperty('--share', String(Math.max(size, 1)))
    return band
  })
  strip.replaceChildren(...bands)

  const counts = new Map<string, number>()
  for (const {section} of flatten(essay.sections)) {
    counts.set(section.kind, (counts.get(section.kind) ?? 0) + 1)
  }
  legend.replaceChildren(
    ...[...counts].map(([kind, count]) =>
      h('li', {}, h('span', {class: 'kind-badge', 'data-kind': kind}, `${kind} × ${count}`)),
    ),
  )
}

function renderSection(section: Section): HTMLLIElement {
  const percent = Math.round(section.confidence * 100)
  const bar = h('span', {class: 'confidence-bar', 'aria-hidden': 'true'}, h('span'))
  bar.firstElementChild?.setAttribute('class', 'confidence-fill')
  ;(bar.firstElementChild as HTMLElement).style.setProperty('--value', String(section.confidence))

  const heading = h(
    'button',
    {
      type: 'button',
      class: `outline-heading${section.heading === null ? ' outline-untitled' : ''}`,
      title: `Select ${lineRange(section)} in your text`,
    },
    section.heading ?? 'Opening (no heading)',
  )
  heading.addEventListener('click', () => {
    selectLines(section.position.start.line, section.position.end.line)
  })

  const item = h(
    'div',
    {class: 'outline-item', 'data-kind': section.kind},
    h(
      'div',
      {class: 'outline-head'},
      h('span', {class: 'kind-badge', 'data-kind': section.kind}, section.kind),
      heading,
      h('span', {class: 'confidence'}, bar, `${percent}% sure`),
      h('span', {class: 'help'}, lineRange(section)),
    ),
  )
  if (section.reasons.length > 0) {
    item.append(
      h(
        'ul',
        {class: 'reasons', 'aria-label': 'Reasons'},
        ...section.reasons.map((reason) => h('li', {}, reason)),
      ),
    )
  }
  if (section.items && section.items.length > 0) {
    item.append(
      h(
        'ol',
        {class: 'items', 'aria-label': 'Strategies'},
        ...section.items.map((strategy) => h('li', {}, strategy.title)),
      ),
    )
  }
  const li = h('li', {'data-kind': section.kind}, item)
  if (section.children.length > 0) li.append(h('ol', {}, ...section.children.map(renderSection)))
  return li
}

function renderProblems(warnings: readonly EssayWarning[], error: unknown) {
  const items: HTMLLIElement[] = []
  const lineButton = (line: number) => {
    const button = h('button', {type: 'button', class: 'line-button'}, `Line ${line}`)
    button.addEventListener('click', () => selectLines(line))
    return button
  }
  if (error !== undefined) {
    const message = error instanceof Error ? error.message : String(error)
    const line = (error as {line?: unknown} | null)?.line
    items.push(
      h(
        'li',
        {class: 'problem-error'},
        ...(typeof line === 'number' ? [lineButton(line)] : []),
        `The parser stopped: ${message}`,
      ),
    )
  }
  for (const warning of warnings) {
    items.push(
      h('li', {}, ...(warning.line === null ? [] : [lineButton(warning.line)]), warning.message),
    )
  }
  problems.replaceChildren(...items)
  problemsSummary.textContent =
    items.length === 0
      ? 'Nothing to fix.'
      : `${items.length} ${items.length === 1 ? 'thing' : 'things'} to look at:`
  input.setAttribute('aria-invalid', error === undefined ? 'false' : 'true')
}

function snippetAttributes(): string {
  const layout = layoutSelect?.value
  const first = layoutSelect?.options[0]?.value
  return layout && layout !== first ? ` layout="${layout}"` : ''
}

let lastAnnouncement = ''

function announce(essay: Essay | undefined, problemCount: number) {
  const sections = essay ? flatten(essay.sections).length : 0
  const message = essay
    ? `${sections} ${sections === 1 ? 'section' : 'sections'}${problemCount ? `, ${problemCount} to look at` : ''}.`
    : 'The parser stopped; see Problems.'
  if (message === lastAnnouncement) return
  lastAnnouncement = message
  status.textContent = message
}

function update() {
  const format = formatSelect.value as Format
  let essay: Essay | undefined
  let error: unknown
  try {
    essay = parseEssay(input.value, {format})
  } catch (caught) {
    error = caught
  }
  renderProblems(essay?.warnings ?? [], error)
  if (essay) {
    current = essay
    renderStrip(essay)
    outline.replaceChildren(...essay.sections.map(renderSection))
    json.textContent = JSON.stringify(essay, null, 2)
    const shown = essay
    void customElements.whenDefined('tsuzuri-essay').then(() => {
      if (current === shown) preview.essay = shown
    })
  }
  snippet.textContent = embedSnippet('my-essay.md', snippetAttributes())
  announce(essay, (essay?.warnings.length ?? 0) + (error === undefined ? 0 : 1))
  save()
}

function save() {
  const saved: Saved = {
    text: input.value,
    format: formatSelect.value as Format,
    layout: layoutSelect?.value,
  }
  try {
    localStorage.setItem(storageKey, JSON.stringify(saved))
  } catch {
    // Storage can be full or disabled; the playground still works, it just forgets.
  }
}

function restore(saved: Partial<Saved>) {
  if (typeof saved.text === 'string') input.value = saved.text
  if (saved.format && ['auto', 'markdown', 'text'].includes(saved.format)) {
    formatSelect.value = saved.format
  }
  if (
    layoutSelect &&
    saved.layout &&
    [...layoutSelect.options].some((o) => o.value === saved.layout)
  ) {
    layoutSelect.value = saved.layout
  }
}

function applyLayout() {
  if (layoutSelect) preview.setAttribute('layout', layoutSelect.value)
}

// Share links carry the essay in the URL fragment (never sent to a server), deflated.
function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

function fromBase64Url(value: string): Uint8Array {
  const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const response = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream))
  return new Uint8Array(await response.arrayBuffer())
}

async function encodeShare(saved: Saved): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(saved))
  return toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))
}

async function decodeShare(value: string): Promise<Partial<Saved>> {
  const bytes = await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'))
  return JSON.parse(new TextDecoder().decode(bytes)) as Partial<Saved>
}

async function start() {
  if (location.hash.startsWith(hashPrefix)) {
    try {
      restore(await decodeShare(location.hash.slice(hashPrefix.length)))
    } catch {
      status.textContent = 'The link’s essay could not be read; showing your last essay instead.'
    }
    history.replaceState(null, '', location.pathname + location.search)
  } else {
    try {
      const saved = localStorage.getItem(storageKey)
      if (saved) restore(JSON.parse(saved) as Partial<Saved>)
    } catch {
      // Nothing saved, or not readable: keep the sample the page came with.
    }
  }
  applyLayout()
  update()
}

let timer: number | undefined
input.addEventListener('input', () => {
  window.clearTimeout(timer)
  timer = window.setTimeout(update, 120)
})
formatSelect.addEventListener('change', update)
layoutSelect?.addEventListener('change', () => {
  applyLayout()
  update()
})

sampleSelect.addEventListener('change', async () => {
  const file = sampleSelect.value
  if (!file) return
  try {
    const response = await fetch(new URL(`../samples/${encodeURIComponent(file)}`, location.href))
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    input.value = await response.text()
    formatSelect.value = 'auto'
    update()
  } catch (error) {
    status.textContent = `Could not load the sample: ${error instanceof Error ? error.message : error}`
  }
})

$<HTMLButtonElement>('#clear').addEventListener('click', () => {
  input.value = ''
  update()
  input.focus()
})

downloadButton.hidden = false
downloadButton.addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([json.textContent ?? ''], {type: 'application/json'}))
  const link = h('a', {href: url, download: 'essay.json'})
  document.body.append(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
})

if ('CompressionStream' in window) {
  shareButton.hidden = false
  shareButton.addEventListener('click', async () => {
    const saved: Saved = {
      text: input.value,
      format: formatSelect.value as Format,
      layout: layoutSelect?.value,
    }
    const url = `${location.origin}${location.pathname}${hashPrefix}${await encodeShare(saved)}`
    // The address bar holds the link too, so a reader whose browser refuses the clipboard can
    // still copy it; a reload restores the same essay either way.
    history.replaceState(null, '', url)
    await copyText(url, shareButton, 'address-bar')
  })
}

enableCopyButtons()
void start()
