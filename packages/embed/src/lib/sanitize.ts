import {decodeReferences, htmlAllowlist, safeUrl} from './allowlist.js'

const {tagNames, strip, attributes, protocols} = htmlAllowlist
const allowed = new Set(tagNames)
const stripped = new Set(strip)
/** Elements whose content the HTML parser reads as text, up to their end tag. */
const rawText = /^(?:script|style|xmp|iframe|noembed|noframes|textarea|title|plaintext)$/
/** Elements without content or end tag. */
const voids = /^(?:area|base|br|col|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/
/** Elements whose start tag closes an open `<p>`, as in HTML. */
const closesParagraph = /^(?:p|ul|ol|blockquote|pre|h[1-6]|hr|table)$/
/** How deep elements nest in a section's content at most. */
const maxDepth = 64
const startTag = /<(\/?)([a-z][^\s/>]*)/iy
/** One attribute (its name, then its value) after optional spaces and slashes. */
const attribute = /[\s/]*(?:([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?)?/y

let inertDocument: Document | undefined

/**
 * A document without a browsing context: elements created in it load no image until they are
 * put in the page.
 */
export function inert(): Document {
  inertDocument ??= document.implementation.createHTMLDocument('')
  return inertDocument
}

/**
 * Read untrusted HTML and build, in an inert document, only what `htmlAllowlist` allows: allowed
 * elements with their allowed attributes (URLs relative or with an allowed protocol), the text of
 * other elements, and nothing of stripped ones (`script`, `style`, `iframe`…). Comments, event
 * handlers, `style` attributes and SVG or MathML never survive.
 *
 * No HTML parser reads the string: a small tokenizer splits it into tags and text (in time
 * linear in its length), and the nodes are made with `createElement`, `setAttribute` and text
 * nodes. So there is no string sink for Trusted Types to refuse (`innerHTML`, `DOMParser`), and no
 * element ever carries an event handler or a `style` attribute for a Content-Security-Policy to
 * report. Measured in Chromium 156 on a page with `script-src 'self'; style-src 'self'`, with
 * HTML carrying four event handlers, a `style` attribute and a `<style>` element, the
 * `securitypolicyviolation` events fired by each way of reading it were:
 *
 * - `<template>.innerHTML` in a `document.implementation` document (how this function read HTML
 *   before): 5, one per handler and one for the `style` attribute;
 * - `body.innerHTML` in such a document: 6 (the `<style>` element too);
 * - `new DOMParser().parseFromString(html, 'text/html')`: 6;
 * - `setAttribute('onclick', …)` on an element of such a document: 1 (reports come from
 *   setting the attribute, in any document);
 * - `Element.setHTML(html, {sanitizer})`, the platform's sanitizer (Chromium 150, in any
 *   document, asked for the allowlist's elements and attributes only): 1 per `style` attribute
 *   (style-src-attr), since it parses the HTML before it sanitizes; so it is not used where it
 *   exists, though it is safe: a site that collects reports would get one for every essay
 *   whose HTML carries a style;
 * - this tokenizer, which drops those attributes before any element is made: 0.
 *
 * `test/page/hostile.test.ts` counts them again on every run. Entities: numeric references and
 * `&amp; &lt; &gt; &quot; &apos; &nbsp;` are decoded (the parser writes no others); other named
 * references stay as they are written.
 */
export function sanitizeToFragment(html: string): DocumentFragment {
  const doc = inert()
  const root = doc.createDocumentFragment()
  const open: Element[] = []
  /** A stripped element whose content is being dropped, and how deep inside it we are. */
  let skipping = ''
  let depth = 0
  const parent = (): Node => open[open.length - 1] ?? root
  // Text is gathered in a string and put in a node before the next element starts or ends
  // (appending to a text node piece by piece would copy it each time).
  let pending = ''
  const text = (value: string) => {
    if (!skipping) pending += decodeReferences(value)
  }
  const flush = () => {
    if (pending !== '') parent().appendChild(doc.createTextNode(pending))
    pending = ''
  }
  /** Close the innermost open `name`, unless an element in `boundary` is open inside it. */
  const close = (name: string, boundary = /^$/) => {
    for (let index = open.length - 1; index >= 0; index--) {
      const inner = (open[index] as Element).localName
      if (inner === name) {
        open.length = index
        return
      }
      if (boundary.test(inner)) return
    }
  }
  const length = html.length
  let at = 0
  while (at < length) {
    const lt = html.indexOf('<', at)
    if (lt === -1) {
      text(html.slice(at))
      break
    }
    text(html.slice(at, lt))
    at = lt
    startTag.lastIndex = at
    const tag = startTag.exec(html)
    if (!tag) {
      // A comment, a doctype, `<?…>` or `</ …>`: skipped to its end. Any other `<` is text.
      if (html.startsWith('<!--', at)) at = end(html, '-->', at + 2)
      else if (/^<[!?/]/.test(html.slice(at, at + 2))) at = end(html, '>', at + 1)
      else {
        text('<')
        at++
      }
      continue
    }
    const closing = tag[1] === '/'
    const name = (tag[2] as string).toLowerCase()
    const found: [string, string][] = []
    let position = startTag.lastIndex
    while (position < length && html[position] !== '>') {
      attribute.lastIndex = position
      const match = attribute.exec(html) as RegExpExecArray
      position = Math.max(attribute.lastIndex, position + (match[0] === '' ? 1 : 0))
      const key = match[1]?.toLowerCase()
      if (key && !found.some(([seen]) => seen === key))
        found.push([key, decodeReferences(match[2] ?? match[3] ?? match[4] ?? '')])
    }
    // A tag the end of the input cuts off is dropped, as in HTML.
    if (position >= length) break
    const selfClosing = html[position - 1] === '/'
    at = position + 1
    if (!closing && rawText.test(name)) {
      // Script, style and the like: everything up to the end tag is their text.
      const endTag = new RegExp(`</${name}[\\s/>]`, 'ig')
      endTag.lastIndex = at
      const stop = name === 'plaintext' ? null : endTag.exec(html)
      const content = html.slice(at, stop ? stop.index : length)
      if (!skipping && !stripped.has(name)) text(content)
      at = stop ? end(html, '>', stop.index) : length
      continue
    }
    if (skipping) {
      if (name === skipping && !selfClosing) depth += closing ? -1 : 1
      if (depth === 0) skipping = ''
      continue
    }
    flush()
    if (closing) {
      close(name)
      continue
    }
    if (stripped.has(name)) {
      if (!voids.test(name) && !(selfClosing && /^(?:svg|math)$/.test(name))) {
        skipping = name
        depth = 1
      }
      continue
    }
    // Past `maxDepth` levels, elements are unwrapped (their text stays), as the element's own
    // copy of the essay data stops at eight levels of sections.
    if (!allowed.has(name) || (open.length >= maxDepth && !voids.test(name))) continue
    if (closesParagraph.test(name)) close('p', /^(?:li|blockquote)$/)
    if (name === 'li') close('li', /^[ou]l$/)
    if (/^h[1-6]$/.test(name) && /^h[1-6]$/.test((open[open.length - 1] as Element)?.localName))
      open.pop()
    const element = parent().appendChild(doc.createElement(name))
    for (const [key, value] of found) {
      const urlProtocols = protocols[key as 'href' | 'src']
      if (!attributes[name]?.includes(key)) continue
      const url = urlProtocols ? safeUrl(value, urlProtocols) : value
      if (url === undefined) continue
      element.setAttribute(key, url)
    }
    if (name === 'img') element.setAttribute('loading', 'lazy')
    if (!voids.test(name)) open.push(element)
  }
  flush()
  return root
}

/** The index after the first `token` from `from` on (the end of the input without one). */
function end(html: string, token: string, from: number): number {
  const index = html.indexOf(token, from)
  return index === -1 ? html.length : index + token.length
}

/** `sanitizeToFragment`, serialized. */
export function sanitizeHtml(html: string): string {
  return serialize(sanitizeToFragment(html))
}

/** Serialize a fragment of the inert document as HTML. */
export function serialize(fragment: DocumentFragment): string {
  const holder = inert().createElement('div')
  holder.append(fragment)
  return holder.innerHTML
}
