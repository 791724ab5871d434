import {type DefaultTreeAdapterMap, parseFragment} from 'parse5'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** The opening tag `toHtml` writes for its structured data. */
export const jsonLdOpen = '<script type="application/ld+json">'

/**
 * Every element of `html` as a browser's parser builds it (parse5 follows the HTML standard), in
 * document order.
 */
export function elementsOf(html: string): Element[] {
  const found: Element[] = []
  const pending: Node[] = [parseFragment(html)]
  while (pending.length > 0) {
    const node = pending.pop() as Node
    if ('tagName' in node) found.push(node)
    // Children go on the stack last first, so elements come out in document order.
    if ('content' in node) pending.push(node.content)
    if ('childNodes' in node) pending.push(...[...node.childNodes].reverse())
  }
  return found
}

export function attributeOf(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value
}

/** The text of every `<script type="application/ld+json">` in `html`, as a browser reads it. */
export function jsonLdScripts(html: string): string[] {
  return elementsOf(html)
    .filter(
      (element) =>
        element.tagName === 'script' && attributeOf(element, 'type') === 'application/ld+json',
    )
    .map((element) =>
      element.childNodes.map((child) => ('value' in child ? String(child.value) : '')).join(''),
    )
}

/** The one JSON-LD object of `html`; throws unless there is exactly one. */
export function jsonLdOf(html: string): Record<string, unknown> {
  const scripts = jsonLdScripts(html)
  if (scripts.length !== 1) throw new Error(`Expected one JSON-LD script, found ${scripts.length}`)
  return JSON.parse(scripts[0] as string)
}

/**
 * The id a selector `#…` finds, read as CSS reads an identifier (escapes `\31 ` and `\:`
 * decoded), or `undefined` when the selector is anything but one id selector a browser accepts.
 */
export function idOfSelector(selector: string): string | undefined {
  if (!selector.startsWith('#')) return undefined
  let id = ''
  let index = 1
  let first = true
  while (index < selector.length) {
    const char = selector[index] as string
    if (char === '\\') {
      const hex = /^[0-9a-fA-F]{1,6}[ \t\n]?/.exec(selector.slice(index + 1))
      if (hex) {
        id += String.fromCodePoint(Number.parseInt(hex[0].trim(), 16))
        index += 1 + hex[0].length
      } else if (index + 1 < selector.length && selector[index + 1] !== '\n') {
        id += selector[index + 1]
        index += 2
      } else return undefined
      first = false
      continue
    }
    const code = char.codePointAt(0) as number
    const nameChar = /[a-zA-Z0-9_-]/.test(char) || code >= 0x80
    // An identifier cannot start with a digit, or with `-` and a digit, unless escaped.
    if (!nameChar || (first && /[0-9]/.test(char))) return undefined
    if (first && char === '-' && /[0-9]/.test(selector[index + 1] ?? '')) return undefined
    id += String.fromCodePoint(code)
    index += code > 0xffff ? 2 : 1
    first = false
  }
  return id === '' || id === '-' ? undefined : id
}

/** Every `cssSelector` in a JSON-LD value, depth first. */
export function cssSelectorsOf(value: unknown): string[] {
  const found: string[] = []
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const item = pending.pop()
    if (Array.isArray(item)) pending.push(...item)
    else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (key === 'cssSelector' && typeof child === 'string') found.push(child)
        else pending.push(child)
      }
    }
  }
  return found
}
