import {htmlAllowlist} from './allowlist.js'

const {tagNames, strip, attributes, protocols} = htmlAllowlist
const allowed = new Set(tagNames)
const stripped = new Set(strip)
const htmlNamespace = 'http://www.w3.org/1999/xhtml'

let inertDocument: Document | undefined

/**
 * A document without a browsing context: markup parsed into it runs no script, loads no image and
 * fires no event handler.
 */
export function inert(): Document {
  inertDocument ??= document.implementation.createHTMLDocument('')
  return inertDocument
}

/**
 * Parse `html` in an inert document and rebuild it from scratch with only what `htmlAllowlist`
 * allows: allowed elements with their allowed attributes (URLs relative or with an allowed
 * protocol), the text of other elements, and nothing of stripped ones (`script`, `style`,
 * `iframe`…). Comments, event handlers, `style` attributes and SVG or MathML never survive.
 */
export function sanitizeToFragment(html: string): DocumentFragment {
  const doc = inert()
  const template = doc.createElement('template')
  template.innerHTML = html
  const result = doc.createDocumentFragment()
  copy(template.content, result, doc)
  return result
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

/** Whether a URL is relative or uses one of `allowedProtocols`. */
export function isSafeUrl(value: string, allowedProtocols: readonly string[]): boolean {
  const colon = value.indexOf(':')
  return (
    colon < 0 ||
    /[/?#]/.test(value.slice(0, colon)) ||
    allowedProtocols.includes(value.slice(0, colon).toLowerCase())
  )
}

function copy(from: Node, to: Node, doc: Document): void {
  for (const node of [...from.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) to.appendChild(doc.createTextNode((node as Text).data))
    if (!(node instanceof Element) || node.namespaceURI !== htmlNamespace) continue
    const name = node.localName
    if (stripped.has(name)) continue
    if (!allowed.has(name)) {
      copy(node, to, doc)
      continue
    }
    const element = to.appendChild(doc.createElement(name))
    for (const {name: attribute, value} of [...node.attributes]) {
      const urlProtocols = protocols[attribute as 'href' | 'src']
      if (!attributes[name]?.includes(attribute)) continue
      if (urlProtocols && !isSafeUrl(value.trim(), urlProtocols)) continue
      element.setAttribute(attribute, value)
    }
    if (name === 'img') element.setAttribute('loading', 'lazy')
    copy(node, element, doc)
  }
}
