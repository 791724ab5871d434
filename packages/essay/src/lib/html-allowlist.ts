/**
 * The one definition of what HTML is safe to put on a page.
 *
 * The parser's sanitizer (`hast-util-sanitize`) and the `<tsuzuri-essay>` element's DOM sanitizer
 * both read this, so the two can never disagree.
 */
export interface HtmlAllowlist {
  /** Elements that may appear (lowercase). Anything else is unwrapped (its text kept). */
  readonly tagNames: readonly string[]
  /** Elements removed together with their content. */
  readonly strip: readonly string[]
  /** Attributes allowed per element (lowercase HTML names). */
  readonly attributes: Readonly<Record<string, readonly string[]>>
  /** URL protocols allowed per URL attribute; relative URLs are always allowed. */
  readonly protocols: Readonly<Record<'href' | 'src', readonly string[]>>
}

export const htmlAllowlist: HtmlAllowlist = Object.freeze({
  tagNames: Object.freeze([
    'a',
    'blockquote',
    'br',
    'code',
    'del',
    'em',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'img',
    'li',
    'ol',
    'p',
    'pre',
    'strong',
    'ul',
  ]),
  strip: Object.freeze([
    'script',
    'style',
    'template',
    'iframe',
    'object',
    'embed',
    'noscript',
    'svg',
    'math',
  ]),
  attributes: Object.freeze({
    a: Object.freeze(['href', 'title']),
    img: Object.freeze(['src', 'alt', 'title']),
    ol: Object.freeze(['start']),
  }),
  protocols: Object.freeze({
    href: Object.freeze(['http', 'https', 'mailto']),
    src: Object.freeze(['http', 'https']),
  }),
})
