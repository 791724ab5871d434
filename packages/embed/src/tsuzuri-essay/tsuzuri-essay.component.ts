// The element's class is one file of ~360 lines on purpose: a third of it is the JSDoc above the
// class and its public properties, which custom-elements.json and the element's reference in
// docs/ are generated from and which belongs next to what it documents. Loading, the sanitizing
// and the rendering of sections live in `../lib/`.
import type {Essay, Kind} from '@tsuzuri/essay'
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit'
import {LoadError} from '../lib/errors.js'
import {parseShow, sectionsOfKind, toEssay} from '../lib/essay-data.js'
import type {TsuzuriEventMap} from '../lib/events.js'
import {readDuration, readSize} from '../lib/fetch.js'
import {hasVisibleChildren, inlineKey, inlineSource} from '../lib/inline.js'
import {emptyText, type Labels, readLabels, type Strings, strings, uiLang} from '../lib/labels.js'
import {
  type Context,
  clampLevel,
  type Group,
  heading,
  renderGroup,
  renderHeader,
} from '../lib/render.js'
import {essayFromJson, fetchEssay, parseMarkdown} from '../lib/source.js'
import {styles} from './tsuzuri-essay.styles.js'

/** How the kinds are laid out: `tabs` or `stack`. */
export type Layout = TsuzuriEssay['layout']
/** Colour scheme: `auto`, `light` or `dark`. */
export type Theme = TsuzuriEssay['theme']
/** When the element reads its essay: `eager` or `lazy`. */
export type Loading = TsuzuriEssay['loading']

type View =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ready'; essay: Essay}
  | {status: 'error'; error: LoadError}

/** The properties that say where the essay comes from (besides the element's children). */
const sourceProperties = ['essay', 'src', 'format', 'maxSize', 'timeout'] as const

/** How near the viewport a `loading="lazy"` element starts reading its essay. */
const lazyMargin = '400px'

/**
 * Shows a personal essay's sections, tagged by kind (experience, feelings, strategies…), as tabs
 * or one after the other. The essay comes from `src` (Markdown, plain text, or the JSON
 * `tsuzuri parse` writes), from the `essay` property, or from the element's children (the HTML
 * `tsuzuri parse --format html` writes, or a `<script type="text/markdown">`). Markdown is parsed in
 * a worker where the page allows one; `src` is read up to `max-size` bytes within `timeout`, at
 * once or, with `loading="lazy"`, when the element nears the viewport. Its own words are Japanese
 * or English, or the page's (`labels`). It works under Trusted Types (allow
 * `trusted-types lit-html tsuzuri`).
 *
 * @tagname tsuzuri-essay
 * @summary Shows a personal essay's experience, feelings and strategies on any page.
 *
 * @fires {TsuzuriLoadEvent} tsuzuri-load - An essay is shown; `detail` is the essay.
 * @fires {TsuzuriSectionChangeEvent} tsuzuri-section-change - The reader selected another tab; `detail` is `{kind, previous}`.
 * @fires {TsuzuriErrorEvent} tsuzuri-error - The essay cannot be shown; `detail` is `{code, message, url, status}`, `code` one of `not-found`, `http`, `network`, `timeout`, `too-large`, `not-essay`, `parser`.
 *
 * @slot - Fallback content, shown before the element is defined, while loading, after an error, and when there is no essay: put the HTML `tsuzuri parse --format html` writes here (its embedded JSON is then read without fetching), or a `<script type="text/markdown">` to parse.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - The title and attribution.
 * @csspart title - The essay's title.
 * @csspart attribution - Author, date and link to the original post.
 * @csspart link - The link to the original post.
 * @csspart tabs - The tab list; it scrolls sideways when the tabs do not fit.
 * @csspart tab - Each tab.
 * @csspart tab-selected - The selected tab.
 * @csspart count - The number of sections in a tab or group.
 * @csspart panel - Each tab panel.
 * @csspart group - Each kind in the stack layout.
 * @csspart group-heading - The heading of a kind in the stack layout.
 * @csspart section - Each section.
 * @csspart section-heading - A section's heading.
 * @csspart content - A section's text (sanitized HTML).
 * @csspart checkbox - The checkbox of a strategy a reader can tick off.
 * @csspart items - A checklist of strategies that have no element of their own (advice written as prose).
 * @csspart item - One strategy in such a checklist.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message.
 * @csspart empty - The message shown when no section has a shown kind.
 *
 * @cssprop [--tsuzuri-color-text=#1f1d1a (dark: #ece8e1)] - Text colour.
 * @cssprop [--tsuzuri-color-muted=#5c564e (dark: #b5ada2)] - Secondary text: attribution, counts.
 * @cssprop [--tsuzuri-color-background=#fffdf9 (dark: #1d1c1a)] - Background.
 * @cssprop [--tsuzuri-color-surface=#f4efe7 (dark: #2a2825)] - Counts, the error box.
 * @cssprop [--tsuzuri-color-border=#ddd5c9 (dark: #48443e)] - The border and the line under the tabs.
 * @cssprop [--tsuzuri-color-accent=#9c3f12 (dark: #f2a772)] - Selected tab, links, checkboxes.
 * @cssprop [--tsuzuri-color-focus=#1a5fb4 (dark: #8cb8f2)] - Focus ring.
 * @cssprop [--tsuzuri-color-error=#a51d2d (dark: #ff9a9a)] - The bar beside an error message.
 * @cssprop [--tsuzuri-font-family=inherit] - Font; the page's by default.
 * @cssprop [--tsuzuri-font-size=1rem] - Base font size.
 * @cssprop [--tsuzuri-line-height=1.7 (Japanese: 1.8)] - Line height of the essay's text.
 * @cssprop [--tsuzuri-measure=36em] - Maximum line length.
 * @cssprop [--tsuzuri-radius=0.5rem] - Corner radius.
 * @cssprop [--tsuzuri-space=1rem] - Base spacing unit.
 * @cssprop [--tsuzuri-loading-height=16rem] - Height reserved for the essay while it loads.
 */
export class TsuzuriEssay extends LitElement {
  static override styles = styles
  static override properties = {
    src: {reflect: true},
    show: {reflect: true},
    layout: {reflect: true},
    selected: {reflect: true},
    locale: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number, reflect: true},
    format: {reflect: true},
    author: {reflect: true},
    originalUrl: {attribute: 'original-url', reflect: true},
    theme: {reflect: true},
    maxSize: {attribute: 'max-size', converter: {fromAttribute: readSize}},
    timeout: {converter: {fromAttribute: readDuration}},
    essay: {attribute: false},
    loading: {reflect: true},
    labels: {converter: {fromAttribute: readLabels}},
  }

  /**
   * URL of the parser file (`tsuzuri-essay-parser.js` of the same release), for a page that hosts
   * it elsewhere than next to the element's script; relative to the page. Set it from a script
   * before an element needs the parser: `customElements.get('tsuzuri-essay').parserSrc = '/js/tsuzuri-essay-parser.js'`.
   */
  static parserSrc: string | URL | undefined

  /** URL of the essay: Markdown, plain text, or the JSON `tsuzuri parse` writes. */
  src: string | undefined
  /** Space-separated kinds to show, in this order. */
  show = 'experience feelings strategies'
  /** `tabs`: one tab per shown kind; `stack`: every shown kind under its own heading. */
  layout: 'tabs' | 'stack' = 'tabs'
  /** The kind whose tab is selected; set when the reader selects a tab. Default: the first kind with sections. */
  selected: string | undefined
  /** Language of labels and messages (`ja`, or English for anything else). Default: the page's `lang`, then the essay's. */
  locale: string | undefined
  /** Heading level of the essay's title (1–6; other numbers take the nearest, anything else 2); kinds and sections take the levels below it. */
  headingLevel = 2
  /** How Markdown from `src` or an inline script is read: `auto`, `markdown` or `text` (pasted plain text). */
  format: 'auto' | 'markdown' | 'text' = 'auto'
  /** Author's name for the attribution; overrides frontmatter `author`. */
  author: string | undefined
  /** Link to the original post; overrides frontmatter `url`. */
  originalUrl: string | undefined
  /** Colour scheme: `auto` follows the reader's `prefers-color-scheme`; `light` and `dark` force one. */
  theme: 'auto' | 'light' | 'dark' = 'auto'
  /** The largest essay `src` may send, in bytes (the attribute also takes `500kb`, `2mb`): 10 MB by default, as the CLI's `--max-size`. Counted as the body arrives; past it, reading stops with a `too-large` error. */
  maxSize = 10_485_760
  /** Milliseconds `src` may take to send the whole essay (the attribute also takes `30s`, `500ms`); `0` waits forever. Past it, reading stops with a `timeout` error. */
  timeout = 30_000
  /** A parsed essay (from `parseEssay`) to show; takes precedence over `src` and the children. */
  essay: Essay | null = null
  /** `eager`: read the essay at once; `lazy`: fetch `src` and load the parser only when the element is within 400px of the viewport. */
  loading: 'eager' | 'lazy' = 'eager'
  /** Words to show instead of the built-in ones (`kinds`, `tablist`, `loading`, `by`, `original`, `empty`, `separator`, `checklist`, `failed`, `errors`), merged over them; the attribute takes JSON. */
  labels: Labels | null | undefined

  #view: View = {status: 'idle'}
  #source: unknown = null
  #controller: AbortController | undefined
  #observer: MutationObserver | undefined
  #intersection: IntersectionObserver | undefined
  /** Whether a `lazy` element has come near the viewport. */
  #near = false
  /** What waits for a `lazy` element to come near the viewport. */
  #deferred: (() => void) | undefined
  /** Whether the light DOM may hold another essay than last read (set by the observer). */
  #childrenChanged = true

  override connectedCallback(): void {
    super.connectedCallback()
    this.#observer ??= new MutationObserver(() => {
      this.#childrenChanged = true
      this.requestUpdate()
    })
    this.#observer.observe(this, {childList: true, subtree: true, characterData: true})
    this.#childrenChanged = true
    this.requestUpdate()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#observer?.disconnect()
    this.#intersection?.disconnect()
    if (this.#controller) {
      this.#abort()
      this.#source = null
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.loading !== 'lazy') this.#start()
    // Only what says where the essay comes from: a tab change or a new theme reads nothing again.
    if (this.#childrenChanged || sourceProperties.some((name) => changed.has(name))) {
      this.#childrenChanged = false
      this.#pick()
    }
  }

  /** Decide where the essay comes from; start reading it when that changed. */
  #pick(): void {
    const {essay, src, format, maxSize, timeout} = this
    const parser = (this.constructor as typeof TsuzuriEssay).parserSrc
    const inline = essay || src ? null : inlineSource(this)
    const source =
      essay ?? (src ? `src ${format} ${maxSize} ${timeout} ${src}` : inline && inlineKey(inline))
    if (source === this.#source) return
    this.#source = source
    this.#abort()
    if (essay) this.#accept(() => toEssay(essay))
    else if (src) {
      const url = new URL(src, document.baseURI).href
      this.#run((signal) => fetchEssay(url, {format, signal, maxSize, timeout, parser}))
    } else if (inline?.type === 'json') this.#accept(() => essayFromJson(inline.text))
    else if (inline) {
      const options = {format: inline.format === 'text' ? 'text' : format, parser}
      this.#run((signal) => parseMarkdown(inline.text, {...options, signal, indented: true}))
    } else this.#setView({status: 'idle'})
  }

  #accept(read: () => Essay): void {
    try {
      this.#ready(read())
    } catch (error) {
      this.#fail(error)
    }
  }

  /** Read the essay with `task`: now, or once a `lazy` element comes near the viewport. */
  #run(task: (signal: AbortSignal) => Promise<Essay>): void {
    const controller = new AbortController()
    this.#controller = controller
    this.#setView({status: 'loading'})
    // Only the latest task may change the view; an aborted one says nothing.
    const settle = (apply: () => void) => {
      if (this.#controller !== controller) return
      this.#controller = undefined
      apply()
    }
    this.#deferred = () =>
      task(controller.signal).then(
        (essay) => settle(() => this.#ready(essay)),
        (error: unknown) => settle(() => this.#fail(error)),
      )
    if (this.loading !== 'lazy' || this.#near) this.#start()
    else {
      this.#intersection ??= new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            this.#near = true
            this.#start()
          }
        },
        {rootMargin: lazyMargin},
      )
      this.#intersection.observe(this)
    }
  }

  /** Start what waited for the element to come near the viewport. */
  #start(): void {
    const task = this.#deferred
    this.#deferred = undefined
    this.#intersection?.disconnect()
    task?.()
  }

  #abort(): void {
    this.#controller?.abort()
    this.#controller = undefined
    this.#deferred = undefined
  }

  #setView(view: View): void {
    this.#view = view
    this.requestUpdate()
  }

  #ready(essay: Essay): void {
    this.#setView({status: 'ready', essay})
    this.#emit('tsuzuri-load', essay)
  }

  #fail(error: unknown): void {
    const failure =
      error instanceof LoadError ? error : new LoadError('not-essay', (error as Error)?.message)
    this.#setView({status: 'error', error: failure})
    const {code, url, status} = failure
    this.#emit('tsuzuri-error', {code, url, status, message: this.#message(failure)})
  }

  /** Dispatch an event once the DOM shows what it announces (after this update). */
  #emit<K extends keyof TsuzuriEventMap>(name: K, detail: TsuzuriEventMap[K]['detail']): void {
    const event = new CustomEvent(name, {detail, bubbles: true, composed: true})
    this.updateComplete.then(() => this.dispatchEvent(event))
  }

  #select(kind: Kind, previous: Kind): void {
    if (kind === previous) return
    this.selected = kind
    this.#emit('tsuzuri-section-change', {kind, previous})
  }

  #onKeydown(event: KeyboardEvent, groups: Group[], current: Kind): void {
    // Alt+Left is the browser's Back; Ctrl and Meta arrows belong to the browser or the system.
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const last = groups.length - 1
    const index = groups.findIndex((group) => group.kind === current)
    const next = {
      ArrowRight: index < last ? index + 1 : 0,
      ArrowLeft: index > 0 ? index - 1 : last,
      Home: 0,
      End: last,
    }[event.key]
    const target = next === undefined ? undefined : groups[next]
    if (!target) return
    event.preventDefault()
    this.#select(target.kind, current)
    const tab = this.renderRoot.querySelector<HTMLElement>(`#tab-${target.kind}`)
    tab?.focus()
    // Again once it is drawn as selected (bold, so wider): a list wider than the element scrolls.
    this.updateComplete.then(() => tab?.scrollIntoView({block: 'nearest', inline: 'nearest'}))
  }

  /**
   * The element's words, `labels` over the built-in ones of its UI language, and their language:
   * the UI language, or with `labels` the language of `locale` or the page.
   */
  #words(essay?: Essay): [Strings, string] {
    const tag = this.locale || this.closest('[lang]')?.getAttribute('lang')
    const ui = uiLang(tag || essay?.lang || navigator.language)
    return [strings(ui, this.labels), (this.labels && tag) || ui]
  }

  #message({code, url, status, message}: LoadError): string {
    const detail = [url, message].filter(Boolean).join(': ')
    const what = this.#words()[0].errors[code] + (status ? ` (HTTP ${status})` : '')
    return detail ? `${what}: ${detail}` : what
  }

  override render(): TemplateResult {
    const view = this.#view
    const essay = view.status === 'ready' ? view.essay : undefined
    const [t, ui] = this.#words(essay)
    if (!essay) {
      const fallback = hasVisibleChildren(this)
      return html`<div class="base" part="base" lang=${ui}>
        ${
          view.status === 'loading'
            ? html`<div class=${fallback ? 'loading fallback' : 'loading'} part="loading">
                <p role="status">${t.loading}</p>
              </div>`
            : nothing
        }
        ${
          view.status === 'error'
            ? html`<div class="error" part="error" role="alert">
                <p>${t.failed}</p>
                <p>${this.#message(view.error)}</p>
              </div>`
            : nothing
        }
        <slot></slot>
      </div>`
    }
    const shown = parseShow(this.show)
    const ctx: Context = {t, ui, langAttr: essay.lang === 'und' ? '' : essay.lang, shown}
    const groups = shown.map((kind) => ({
      kind,
      sections: sectionsOfKind(essay.sections, kind, shown),
    }))
    const current =
      groups.find((group) => group.kind === this.selected)?.kind ??
      (groups.find((group) => group.sections.length > 0) ?? groups[0])?.kind ??
      'experience'
    const top = clampLevel(this.headingLevel)
    const level = top + (essay.title === null ? 0 : 1)
    const label = (group: Group) =>
      html`<span>${t.kinds[group.kind]}</span>
        <span class="count" part="count">${group.sections.length}</span>`
    let body: unknown
    if (groups.every((group) => group.sections.length === 0)) {
      const kinds = shown.map((kind) => t.kinds[kind]).join(t.separator)
      body = html`<div class="empty" part="empty"><p>${emptyText(t, kinds)}</p></div>`
    } else if (this.layout === 'stack') {
      body = groups.map(
        (group) => html`<section class="group" part="group">
          ${heading(level, 'group-heading', label(group))}
          <div lang=${ctx.langAttr}>${renderGroup(group, level + 1, ctx)}</div>
        </section>`,
      )
    } else {
      body = html`<div class="tabs" part="tabs" role="tablist" aria-label=${t.tablist}
          @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, groups, current)}>
          ${groups.map((group) => {
            const selected = group.kind === current
            return html`<button type="button" role="tab" class="tab" id="tab-${group.kind}"
              part=${selected ? 'tab tab-selected' : 'tab'} aria-selected=${selected}
              aria-controls="panel-${group.kind}" tabindex=${selected ? 0 : -1}
              @click=${() => this.#select(group.kind, current)}>${label(group)}</button>`
          })}
        </div>
        ${groups.map((group) => {
          const selected = group.kind === current
          return html`<div class="panel" part="panel" role="tabpanel" id="panel-${group.kind}"
            aria-labelledby="tab-${group.kind}" tabindex=${selected ? 0 : -1} lang=${ctx.langAttr}
            hidden=${selected ? nothing : 'until-found'}
            @beforematch=${() => this.#select(group.kind, current)}>${renderGroup(group, level, ctx)}</div>`
        })}`
    }
    return html`<div class="base" part="base" lang=${ui}>${renderHeader(essay, ctx, this, top)}${body}</div>`
  }
}
