import type {Essay, Kind, Section} from '@tsuzuri/essay'
import {isAttributionUrl} from '@tsuzuri/essay/attribution-url'
import {html, nothing, type TemplateResult} from 'lit'
import {safeUrl} from './allowlist.js'
import {type PreparedSection, prepareSection} from './checklist.js'
import {isInline, string} from './essay-data.js'
import {heading} from './heading.js'
import {emptyText, type Strings} from './labels.js'

export {clampLevel, heading} from './heading.js'

/** What rendering an essay needs to know besides the essay. */
export interface Context {
  /** The element's strings: the page's labels over the built-in ones of its UI language. */
  t: Strings
  /** The language of those strings, for `lang`. */
  ui: string
  /** The essay's language for `lang`: `''` when unknown (`und`), not the UI language. */
  langAttr: string
  /** The kinds shown. */
  shown: Kind[]
}

/** The sections listed under one kind. */
export interface Group {
  kind: Kind
  sections: Section[]
}

/** Sanitized HTML and item placement, computed once per section. */
const prepared = new WeakMap<Section, PreparedSection>()

/** The sections of a group, or a line (in the UI language) saying there are none. */
export function renderGroup(group: Group, level: number, ctx: Context): unknown {
  return group.sections.length === 0
    ? html`<p class="empty" lang=${ctx.ui}>${emptyText(ctx.t, ctx.t.kinds[group.kind])}</p>`
    : group.sections.map((section) => renderSection(section, level, group.kind, ctx))
}

/**
 * A section with its inline subsections (see `isInline`). Its HTML is sanitized once, into nodes
 * that are rendered as they are (no HTML string reaches the page); `tick` is the title of the strategy the section presents, for its checkbox.
 */
function renderSection(
  section: Section,
  level: number,
  kind: Kind,
  ctx: Context,
  tick?: string,
): TemplateResult {
  const nested = tick !== undefined
  const cached = prepared.get(section)
  const ready = cached?.nested === nested ? cached : prepareSection(section, nested)
  prepared.set(section, ready)
  const {items, content, inContent, ticks} = ready
  const box = (title: string) =>
    html`<input type="checkbox" class="tick" part="checkbox" aria-label=${title}>`
  return html`<section class="section" part="section" data-kind=${section.kind}>
    ${
      section.heading === null
        ? nothing
        : html`<div class="heading-row">
            ${tick === undefined ? nothing : box(tick)}
            ${heading(level, 'section-heading', section.heading)}
          </div>`
    }
    ${content ?? nothing}
    ${
      // Items the content does not show one by one get a checklist of their own; an item's text
      // is left out where the content above already says it (advice written as prose).
      items === 'list'
        ? html`<ul class="items" part="items" aria-label=${ctx.t.checklist} lang=${ctx.ui}>
            ${section.items?.map(
              (item, index) => html`<li part="item" lang=${ctx.langAttr}>
                <label>${box(item.title)}<span class="item-title">${item.title}</span></label>
                ${item.text && !inContent[index] ? html`<p>${item.text}</p>` : nothing}
              </li>`,
            )}
          </ul>`
        : nothing
    }
    ${section.children.map((child, index) =>
      isInline(child, kind, ctx.shown)
        ? renderSection(
            child,
            level + 1,
            kind,
            ctx,
            items === 'children' ? ticks.get(index) : undefined,
          )
        : nothing,
    )}
  </section>`
}

/** Overrides of the attribution, from the element's attributes. */
export interface Attribution {
  author?: string | undefined
  originalUrl?: string | undefined
}

/**
 * The title (a heading of `level`) and the attribution: author, date and a link to the original
 * post, from the attributes or else the frontmatter (`author`, `date`, `url`). The page's own
 * `original-url` is linked if http(s) or relative; a frontmatter `url` only if it is an absolute
 * http(s) URL, the rule `parseEssay` applies, since a forged essay can carry any string there.
 */
export function renderHeader(
  essay: Essay,
  ctx: Context,
  from: Attribution,
  level: number,
): TemplateResult {
  const {frontmatter} = essay
  const author = from.author || string(frontmatter.author)
  const url = from.originalUrl || string(frontmatter.url)
  const link = (
    from.originalUrl
      ? safeUrl(url, ['http', 'https']) !== undefined
      : isAttributionUrl(url)
  )
    ? url
    : ''
  const date = /^\d{4}-\d\d-\d\d/.exec(string(frontmatter.date))?.[0]
  return html`<header part="header">
    ${
      essay.title === null
        ? nothing
        : html`<div lang=${ctx.langAttr}>${heading(level, 'title', essay.title)}</div>`
    }
    ${
      author || link || date
        ? html`<p class="attribution" part="attribution">
            ${author ? html`<span>${ctx.t.by}${author}</span>` : nothing}
            ${date ? html`<time datetime=${date}>${date}</time>` : nothing}
            ${link ? html`<a part="link" href=${link}>${ctx.t.original}</a>` : nothing}
          </p>`
        : nothing
    }
  </header>`
}
