import {htmlAllowlist} from '@tsuzuri/essay'

/**
 * What `toHtml` may write besides section HTML: the article, sections and headings around it,
 * and the JSON data block.
 */
const wrapperAttributes: Record<string, readonly string[]> = {
  article: ['class', 'lang'],
  section: ['id', 'data-kind'],
  script: ['type', 'data-tsuzuri-essay'],
}

const tagAt =
  /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y
const attribute = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/** Character references as a browser decodes them in an attribute (those that matter for a scheme). */
function decode(value: string): string {
  return value.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|colon|tab|newline));?/gi,
    (whole, decimal?: string, hex?: string, name?: string) => {
      if (decimal) return String.fromCodePoint(Number(decimal))
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16))
      const named: Record<string, string> = {
        amp: '&',
        lt: '<',
        gt: '>',
        quot: '"',
        apos: "'",
        colon: ':',
        tab: '\t',
        newline: '\n',
      }
      return named[name?.toLowerCase() ?? ''] ?? whole
    },
  )
}

/** `value` without the C0 controls and spaces (U+0000 to U+0020) at either end. */
function trimControls(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && value.charCodeAt(start) <= 0x20) start++
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--
  return value.slice(start, end)
}

/** The scheme a browser reads from a URL attribute, lower-cased, or `null` for a relative URL. */
export function schemeOf(value: string): string | null {
  // Browsers strip leading and trailing C0 controls and spaces, and every tab and newline.
  const url = trimControls(decode(value)).replace(/[\t\n\r]/g, '')
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase() ?? null
}

/**
 * Everything in `html` (what `toHtml` or a `section.html` gives) that a browser could run or that
 * the allowlist does not allow: each as a short line, so a failing test says what got through.
 * Text is where it must be: every `<` starts a tag of the allowlist (or the wrappers `toHtml`
 * writes), attributes are those the allowlist names for that tag, never `on…`, and URLs are
 * relative or of an allowed scheme. An empty list means nothing executable is left.
 */
export function findExecutable(html: string): string[] {
  const found: string[] = []
  const allowedTags = new Set<string>([
    ...htmlAllowlist.tagNames,
    ...Object.keys(wrapperAttributes),
  ])
  let index = html.indexOf('<')
  while (index !== -1) {
    tagAt.lastIndex = index
    const match = tagAt.exec(html)
    if (!match) {
      found.push(
        `a "<" that starts no allowed tag: ${JSON.stringify(html.slice(index, index + 40))}`,
      )
      index = html.indexOf('<', index + 1)
      continue
    }
    const [whole, closing, rawName, attributes = ''] = match
    const name = (rawName as string).toLowerCase()
    if (!allowedTags.has(name)) found.push(`element <${name}>`)
    let next = index + whole.length
    if (!closing) {
      const allowed = new Set([
        ...(wrapperAttributes[name] ?? []),
        ...((htmlAllowlist.attributes as Record<string, readonly string[]>)[name] ?? []),
      ])
      const seen = new Map<string, string>()
      for (const [, rawAttribute, double, single, bare] of attributes.matchAll(attribute)) {
        const key = (rawAttribute as string).toLowerCase()
        const value = double ?? single ?? bare ?? ''
        seen.set(key, value)
        if (key.startsWith('on')) found.push(`event handler ${key} on <${name}>`)
        else if (!allowed.has(key)) found.push(`attribute ${key} on <${name}>`)
        const protocols = (htmlAllowlist.protocols as Record<string, readonly string[]>)[key]
        if (protocols) {
          const scheme = schemeOf(value)
          if (scheme !== null && !protocols.includes(scheme))
            found.push(`${scheme}: URL in ${key} of <${name}>`)
        }
      }
      if (name === 'script') {
        if (seen.get('type') !== 'application/json' || !seen.has('data-tsuzuri-essay'))
          found.push('a <script> that is not the JSON data block')
        const end = html.indexOf('</script>', next)
        const content = html.slice(next, end === -1 ? html.length : end)
        if (content.includes('<')) found.push('a "<" inside the JSON data block')
        next = end === -1 ? html.length : end
      }
    }
    index = html.indexOf('<', next)
  }
  return found
}
