// As the essay element's class, a third of this file is the JSDoc that custom-elements.json and the
// element's reference are generated from. Reading and checking the collection, the entries and
// the filters live in `../lib/collection.ts`; the words in `../lib/digest-labels.ts`.
import type {Collection, CollectionEssay} from '@tsuzuri/essay'
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit'
import {
  CollectionError,
  type Entry,
  entriesOf,
  type Filters,
  fetchCollection,
  matches,
  tally,
  toCollection,
} from '../lib/collection.js'
import type {TsuzuriDigestEventMap} from '../lib/digest-events.js'
import {
  counted,
  countText,
  type DigestLabels,
  type DigestStrings,
  digestKinds,
  digestStrings,
  languageName,
  readDigestLabels,
} from '../lib/digest-labels.js'
import {readDuration, readSize} from '../lib/fetch.js'
import {clampLevel, heading} from '../lib/heading.js'
import {hasVisibleChildren} from '../lib/inline.js'
import {uiLang} from '../lib/labels.js'
import {styles} from './tsuzuri-digest.styles.js'

/** How entries are listed: `essay` or `none`. */
export type Grouping = TsuzuriDigest['group']

type View =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ready'; collection: Collection}
  | {status: 'error'; error: CollectionError}

/** The properties that say where the collection comes from. */
const sourceProperties = ['collection', 'src', 'maxSize', 'timeout'] as const

/** How near the viewport a `loading="lazy"` element starts reading its collection. */
const lazyMargin = '400px'

/**
 * Shows what many essays say about one kind — every strategy of a blog, say — from the
 * collection `tsuzuri index` writes (`collection.json`): each strategy's title and short text
 * (or, for another kind, each section's heading and short text), credited with its essay's title
 * and author and linked to the section in the original post. Readers filter by tag and language
 * and search as they type; a live count says how many entries from how many posts. The page can
 * narrow it first (`tag`, `lang`). It needs no parser: it reads JSON only. `src` is read up to
 * `max-size` bytes within `timeout`, at once or, with `loading="lazy"`, when the element nears the
 * viewport. Its own words are Japanese or English, or the page's (`labels`). It works under a
 * strict Content-Security-Policy and Trusted Types (allow `trusted-types lit-html`).
 *
 * @tagname tsuzuri-digest
 * @summary Lists the strategies (or any kind of section) of many essays, credited and linked, with filters and search.
 *
 * @fires {TsuzuriCollectionLoadEvent} tsuzuri-collection-load - A collection is shown; `detail` is the collection, as checked.
 * @fires {TsuzuriFilterChangeEvent} tsuzuri-filter-change - The reader changed a filter or the search; `detail` is `{tag, lang, query, items, essays}`.
 * @fires {TsuzuriCollectionErrorEvent} tsuzuri-collection-error - The collection cannot be shown; `detail` is `{code, message, url, status}`, `code` one of `not-found`, `http`, `network`, `timeout`, `too-large`, `not-collection`, `version`.
 *
 * @slot - Fallback content, shown before the element is defined, while loading, after an error, and when there is no collection (a link to the posts, say).
 *
 * @csspart base - The wrapper around everything.
 * @csspart controls - The search box and the filters.
 * @csspart search - The search box.
 * @csspart filter - Each filter (a `<select>`: tag, language).
 * @csspart count - The live count of entries and posts.
 * @csspart group - The entries of one essay (`group="essay"`).
 * @csspart group-heading - The title of an essay, above its entries (`group="essay"`).
 * @csspart credit - The author (`group="essay"`), or the essay's title and author under each entry (`group="none"`).
 * @csspart list - A list of entries.
 * @csspart item - One entry.
 * @csspart item-title - An entry's title: a link to its section when the essay has a `url`.
 * @csspart link - Every link to an original post.
 * @csspart text - An entry's short text.
 * @csspart more - The button that shows more entries past `limit`.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message.
 * @csspart empty - The message shown when nothing passes the filters.
 *
 * @cssprop [--tsuzuri-color-text=#1f1d1a (dark: #ece8e1)] - Text colour.
 * @cssprop [--tsuzuri-color-muted=#5c564e (dark: #b5ada2)] - Secondary text: labels, count, credits.
 * @cssprop [--tsuzuri-color-background=#fffdf9 (dark: #1d1c1a)] - Background, and the search box's and filters'.
 * @cssprop [--tsuzuri-color-surface=#f4efe7 (dark: #2a2825)] - The “Show more” button, the error box.
 * @cssprop [--tsuzuri-color-border=#ddd5c9 (dark: #48443e)] - Borders, and the line between entries.
 * @cssprop [--tsuzuri-color-accent=#9c3f12 (dark: #f2a772)] - Links.
 * @cssprop [--tsuzuri-color-focus=#1a5fb4 (dark: #8cb8f2)] - Focus ring.
 * @cssprop [--tsuzuri-color-error=#a51d2d (dark: #ff9a9a)] - The bar beside an error message.
 * @cssprop [--tsuzuri-font-family=inherit] - Font; the page's by default.
 * @cssprop [--tsuzuri-font-size=1rem] - Base font size.
 * @cssprop [--tsuzuri-line-height=1.7 (Japanese: 1.8)] - Line height of the entries.
 * @cssprop [--tsuzuri-measure=36em] - Maximum line length.
 * @cssprop [--tsuzuri-radius=0.5rem] - Corner radius.
 * @cssprop [--tsuzuri-space=1rem] - Base spacing unit.
 * @cssprop [--tsuzuri-loading-height=16rem] - Height reserved for the list while it loads.
 */
export class TsuzuriDigest extends LitElement {
  static override styles = styles
  static override properties = {
    src: {reflect: true},
    kind: {reflect: true},
    tag: {reflect: true},
    language: {attribute: 'lang'},
    group: {reflect: true},
    limit: {type: Number, reflect: true},
    locale: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number, reflect: true},
    theme: {reflect: true},
    maxSize: {attribute: 'max-size', converter: {fromAttribute: readSize}},
    timeout: {converter: {fromAttribute: readDuration}},
    collection: {attribute: false},
    loading: {reflect: true},
    labels: {converter: {fromAttribute: readDigestLabels}},
  }

  /** URL of the collection: the `collection.json` that `tsuzuri index` writes. */
  src: string | undefined
  /** The kind to list: for `strategies`, every strategy; for another kind, each section of it. Unknown kinds list strategies. */
  kind: 'intro' | 'background' | 'experience' | 'feelings' | 'strategies' | 'conclusion' | 'other' =
    'strategies'
  /** Only essays with this tag (one tag, as written in the essays' frontmatter). The reader's tag filter offers the tags among them. */
  tag: string | undefined
  /** Only essays in this language (a language tag; `ja` also takes `ja-JP`). Its attribute is `lang`, the global one: the element's own words take the language of `locale` or of the page around it. The reader's language filter offers the languages among them. */
  language: string | undefined
  /** `essay`: entries under the title of their essay; `none`: one list, each entry credited. */
  group: 'essay' | 'none' = 'essay'
  /** How many entries to show before a “Show more” button, which shows as many more; `0` shows all. */
  limit = 50
  /** Language of labels and messages (`ja`, or English for anything else). Default: the page's `lang` around the element, then its own `lang`. */
  locale: string | undefined
  /** Heading level of the essays' titles in `group="essay"` (1–6; other numbers take the nearest, anything else 2). */
  headingLevel = 2
  /** Colour scheme: `auto` follows the reader's `prefers-color-scheme`; `light` and `dark` force one. */
  theme: 'auto' | 'light' | 'dark' = 'auto'
  /** The largest collection `src` may send, in bytes (the attribute also takes `500kb`, `2mb`): 10 MB by default. Counted as the body arrives; past it, reading stops with a `too-large` error. */
  maxSize = 10_485_760
  /** Milliseconds `src` may take to send the whole collection (the attribute also takes `30s`, `500ms`); `0` waits forever. Past it, reading stops with a `timeout` error. */
  timeout = 30_000
  /** A collection (from `buildCollection`, or JSON you read) to show; takes precedence over `src`. */
  collection: Collection | null = null
  /** `eager`: read the collection at once; `lazy`: fetch `src` only when the element is within 400px of the viewport. */
  loading: 'eager' | 'lazy' = 'eager'
  /** Words to show instead of the built-in ones (`kinds`, `items`, `posts`, `count`, `search`, `tag`, `allTags`, `language`, `allLanguages`, `by`, `untitled`, `empty`, `more`, `loading`, `failed`, `errors`), merged over them; the attribute takes JSON. */
  labels: DigestLabels | null | undefined

  #view: View = {status: 'idle'}
  #source: unknown = null
  #controller: AbortController | undefined
  #intersection: IntersectionObserver | undefined
  /** Whether a `lazy` element has come near the viewport. */
  #near = false
  /** What waits for a `lazy` element to come near the viewport. */
  #deferred: (() => void) | undefined
  /** The entries of the collection shown, for the kind listed (computed once for both). */
  #entries: {collection: Collection; kind: string; entries: Entry[]} | undefined
  /** The reader's filters. */
  #filters: Filters = {tag: '', lang: '', query: ''}
  /** How many times `limit` entries are shown. */
  #pages = 1

  override connectedCallback(): void {
    super.connectedCallback()
    // Back in the page after leaving it while reading (which stopped): read again.
    if (this.#source === null) this.requestUpdate()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#intersection?.disconnect()
    if (this.#controller) {
      this.#abort()
      this.#source = null
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.loading !== 'lazy') this.#start()
    if (this.#source === null || sourceProperties.some((name) => changed.has(name))) this.#pick()
    // The page narrowed the list again: the reader's filters start over within it.
    if (changed.has('tag') || changed.has('language') || changed.has('kind')) this.#reset()
  }

  /** Clear the reader's tag and language (they may not be among the choices any more). */
  #reset(): void {
    this.#filters = {...this.#filters, tag: '', lang: ''}
    this.#pages = 1
  }

  /** Decide where the collection comes from; start reading it when that changed. */
  #pick(): void {
    const {collection, src, maxSize, timeout} = this
    const source = collection ?? (src ? `${maxSize} ${timeout} ${src}` : null)
    if (source === this.#source) return
    this.#source = source
    this.#abort()
    if (collection) {
      try {
        this.#ready(toCollection(collection))
      } catch (error) {
        this.#fail(error)
      }
    } else if (src) {
      const url = new URL(src, document.baseURI).href
      this.#run((signal) => fetchCollection(url, {signal, maxSize, timeout}))
    } else this.#setView({status: 'idle'})
  }

  /** Read the collection with `task`: now, or once a `lazy` element comes near the viewport. */
  #run(task: (signal: AbortSignal) => Promise<Collection>): void {
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
        (collection) => settle(() => this.#ready(collection)),
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

  #ready(collection: Collection): void {
    this.#reset()
    this.#setView({status: 'ready', collection})
    this.#emit('tsuzuri-collection-load', collection)
  }

  #fail(error: unknown): void {
    const failure =
      error instanceof CollectionError
        ? error
        : new CollectionError('not-collection', (error as Error)?.message)
    this.#setView({status: 'error', error: failure})
    const {code, url, status} = failure
    this.#emit('tsuzuri-collection-error', {code, url, status, message: this.#message(failure)})
  }

  /** Dispatch an event once the DOM shows what it announces (after this update). */
  #emit<K extends keyof TsuzuriDigestEventMap>(
    name: K,
    detail: TsuzuriDigestEventMap[K]['detail'],
  ): void {
    const event = new CustomEvent(name, {detail, bubbles: true, composed: true})
    this.updateComplete.then(() => this.dispatchEvent(event))
  }

  /** The reader changed a filter or the search. */
  #filter(change: Partial<Filters>): void {
    this.#filters = {...this.#filters, ...change}
    this.#pages = 1
    this.requestUpdate()
    const [shown] = this.#scope()
    const passed = shown.filter((entry) => matches(entry, this.#filters))
    this.#emit('tsuzuri-filter-change', {
      ...this.#filters,
      items: passed.length,
      essays: new Set(passed.map((entry) => entry.essay)).size,
    })
  }

  /** Show `limit` more entries, and move focus to the first of them. */
  #more(from: number): void {
    this.#pages++
    this.requestUpdate()
    this.updateComplete.then(() =>
      this.renderRoot.querySelectorAll<HTMLElement>('.item')[from]?.focus(),
    )
  }

  /**
   * The entries the page lets through (`kind`, `tag`, `lang`), and the tags and languages among
   * their essays, for the reader's filters.
   */
  #scope(): [Entry[], [string, number][], [string, number][]] {
    const view = this.#view
    if (view.status !== 'ready') return [[], [], []]
    const kind = digestKinds.includes(this.kind) ? this.kind : 'strategies'
    const cached = this.#entries
    const all =
      cached?.collection === view.collection && cached.kind === kind
        ? cached.entries
        : entriesOf(view.collection, kind)
    this.#entries = {collection: view.collection, kind, entries: all}
    const entries = all.filter((entry) =>
      matches(entry, {tag: this.tag ?? '', lang: this.language ?? '', query: ''}),
    )
    return [
      entries,
      tally(entries, (essay) => essay.tags),
      tally(entries, (essay) => (essay.lang ? [essay.lang] : [])),
    ]
  }

  /**
   * The element's words, `labels` over the built-in ones of its UI language, and their language:
   * the UI language, or with `labels` the language of `locale` or the page. Its own `lang` is a
   * filter: it counts only when nothing around the element has one.
   */
  #words(): [DigestStrings, string] {
    const tag = this.locale || this.parentElement?.closest('[lang]')?.getAttribute('lang')
    const ui = uiLang(tag || this.language || navigator.language)
    return [digestStrings(ui, this.labels), (this.labels && tag) || ui]
  }

  #message({code, url, status, message}: CollectionError): string {
    const detail = [url, message].filter(Boolean).join(': ')
    const what = this.#words()[0].errors[code] + (status ? ` (HTTP ${status})` : '')
    return detail ? `${what}: ${detail}` : what
  }

  override render(): TemplateResult {
    const view = this.#view
    const [t, ui] = this.#words()
    if (view.status !== 'ready') {
      return html`<div class="base" part="base" lang=${ui}>
        ${
          view.status === 'loading'
            ? html`<div class=${hasVisibleChildren(this) ? 'loading fallback' : 'loading'} part="loading">
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
    const kind = digestKinds.includes(this.kind) ? this.kind : 'strategies'
    const [entries, tags, languages] = this.#scope()
    const filters = this.#filters
    const passed = entries.filter((entry) => matches(entry, filters))
    const essays = new Set(passed.map((entry) => entry.essay)).size
    const limit = this.limit > 0 ? this.limit * this.#pages : Number.POSITIVE_INFINITY
    const shown = passed.slice(0, limit)
    const level = clampLevel(this.headingLevel)
    const flat = this.group === 'none'
    // The element's own words among an essay's carry the UI language.
    const own = (words: string) => html`<span lang=${ui}>${words}</span>`
    const item = (entry: Entry) => {
      const {essay} = entry
      const title = entry.title || own(t.kinds[kind])
      return html`<li class="item" part="item" tabindex="-1" lang=${essay.lang}>
        ${
          entry.href
            ? html`<a class="item-title" part="item-title link" href=${entry.href}>${title}</a>`
            : html`<span class="item-title" part="item-title">${title}</span>`
        }
        ${entry.text ? html`<p class="text" part="text">${entry.text}</p>` : nothing}
        ${flat ? html`<p class="credit" part="credit">${credit(essay, t, ui, true)}</p>` : nothing}
      </li>`
    }
    let body: unknown
    if (shown.length === 0) body = html`<p class="empty" part="empty">${t.empty}</p>`
    else if (flat) body = html`<ul class="list" part="list">${shown.map(item)}</ul>`
    else {
      const groups = new Map<CollectionEssay, Entry[]>()
      for (const entry of shown)
        groups.set(entry.essay, [...(groups.get(entry.essay) ?? []), entry])
      body = [...groups].map(([essay, items]) => {
        const title = essay.title ?? own(t.untitled)
        return html`<section class="group" part="group" lang=${essay.lang}>
          ${heading(level, 'group-heading', essay.url ? html`<a part="link" href=${essay.url}>${title}</a>` : title)}
          ${essay.author ? html`<p class="credit" part="credit">${credit(essay, t, ui, false)}</p>` : nothing}
          <ul class="list" part="list">${items.map(item)}</ul>
        </section>`
      })
    }
    const language = filters.lang && languages.some(([value]) => value === filters.lang)
    return html`<div class="base" part="base" lang=${ui}>
      <div class="controls" part="controls">
        <label><span>${t.search}</span>
          <input type="search" part="search" .value=${filters.query}
            @input=${(event: InputEvent) => this.#filter({query: (event.target as HTMLInputElement).value})}>
        </label>
        ${
          tags.length > 0
            ? html`<label><span>${t.tag}</span>
                <select part="filter" @change=${(event: Event) => this.#filter({tag: (event.target as HTMLSelectElement).value})}>
                  <option value="" ?selected=${!filters.tag}>${t.allTags}</option>
                  ${tags.map(([tag, count]) => html`<option value=${tag} ?selected=${tag === filters.tag}>${tag} (${count})</option>`)}
                </select>
              </label>`
            : nothing
        }
        ${
          languages.length > 1 || language
            ? html`<label><span>${t.language}</span>
                <select part="filter" @change=${(event: Event) => this.#filter({lang: (event.target as HTMLSelectElement).value})}>
                  <option value="" ?selected=${!filters.lang}>${t.allLanguages}</option>
                  ${languages.map(([lang, count]) => html`<option value=${lang} ?selected=${lang === filters.lang}>${languageName(lang, ui)} (${count})</option>`)}
                </select>
              </label>`
            : nothing
        }
      </div>
      <p class="count" part="count" role="status">${countText(
        t,
        counted(t.items[kind], passed.length, ui),
        counted(t.posts, essays, ui),
      )}</p>
      ${body}
      ${
        shown.length < passed.length
          ? html`<button type="button" part="more" @click=${() => this.#more(shown.length)}>${t.more}</button>`
          : nothing
      }
    </div>`
  }
}

/** Who wrote an entry: its essay's title (in a flat list) and author, in the UI language. */
function credit(essay: CollectionEssay, t: DigestStrings, ui: string, title: boolean) {
  const author = essay.author
    ? html`${t.by}<span lang=${essay.lang}>${essay.author}</span>`
    : nothing
  return html`<span lang=${ui}>${
    title
      ? html`<cite lang=${essay.title ? essay.lang : ui}>${essay.title ?? t.untitled}</cite>${essay.author ? ' · ' : ''}`
      : nothing
  }${author}</span>`
}
