/**
 * The one definition of what HTML is safe to put on a page, and the one URL check.
 *
 * The parser's HTML writer, its `hast-util-sanitize` schema and the `<tsuzuri-essay>` element's
 * DOM sanitizer all read this module, so they can never disagree; the parser's raw-HTML reader
 * and the element's sanitizer decode text with its `decodeReferences`. It has no dependencies: the
 * element bundles it and none of the parser.
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
    'table',
    'tbody',
    'td',
    'th',
    'thead',
    'tr',
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
    td: Object.freeze(['align']),
    th: Object.freeze(['align']),
  }),
  protocols: Object.freeze({
    href: Object.freeze(['http', 'https', 'mailto']),
    src: Object.freeze(['http', 'https']),
  }),
})

/**
 * A URL as a browser reads it, or `undefined` when its scheme is not one of `protocols`.
 * Like the URL parser, leading control characters and spaces go and tabs and newlines vanish
 * anywhere, so `java\tscript:` and `\u0001javascript:` are `javascript:`. A URL without a scheme
 * (`/a`, `a/b:c`, `#top`) is relative and always allowed.
 */
export function safeUrl(url: string, protocols: readonly string[]): string | undefined {
  let start = 0
  while (start < url.length && url.charCodeAt(start) <= 0x20) start++
  let end = url.length
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--
  const compact = url.slice(start, end).replace(/[\t\n\r]/g, '')
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact)
  if (scheme && !protocols.includes((scheme[1] ?? '').toLowerCase())) return undefined
  return compact
}

const reference = /&(?:#(\d+)|#[xX]([\da-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));?/g
const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

/**
 * Text with its numeric character references and the six basic named ones decoded, as a browser
 * shows them (the semicolon may be missing; a code point that cannot be a character is U+FFFD).
 * Other named references stay as they are written.
 */
export function decodeReferences(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(reference, (_, decimal?: string, hex?: string, name?: string) => {
    if (name) return named[name] as string
    const code = decimal ? Number(decimal) : Number.parseInt(hex as string, 16)
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : '\ufffd'
  })
}
