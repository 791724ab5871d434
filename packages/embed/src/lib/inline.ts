/** Data the element finds in its own children (light DOM). */
export type InlineSource =
  | {type: 'json'; text: string}
  | {type: 'markdown'; text: string; format: 'auto' | 'text'}
  | null

/** The embedded data `tsuzuri parse --format html` writes inside its `<article>`. */
export const dataSelector = 'script[type="application/json"][data-tsuzuri-essay]'

/**
 * The essay the element's children carry: the JSON that `tsuzuri parse --format html` embeds
 * (the pre-rendered HTML around it is then the no-JavaScript fallback), or a
 * `<script type="text/markdown">` (or `text/plain`) to parse.
 */
export function inlineSource(host: Element): InlineSource {
  const data = host.querySelector(dataSelector)
  if (data) return {type: 'json', text: data.textContent ?? ''}
  const script = host.querySelector(
    ':scope > script[type="text/markdown"], :scope > script[type="text/plain"]',
  )
  if (!script) return null
  const format = script.getAttribute('type') === 'text/plain' ? 'text' : 'auto'
  return {type: 'markdown', text: script.textContent ?? '', format}
}

/**
 * A short key that changes when the inline essay does: its type, format, length and a 32-bit
 * hash of its text (Java's string hash). The element compares keys to skip re-reading children
 * that did not change, without keeping a second copy of a text that may be megabytes long. Two
 * texts of one length share a key about once in four billion edits; such an edit is not shown.
 */
export function inlineKey({type, text, format}: {type: string; text: string; format?: string}) {
  let hash = 0
  for (let index = 0; index < text.length; index++) hash = (hash * 31 + text.charCodeAt(index)) | 0
  return `${type}${format}${text.length}:${hash}`
}

/** Whether the children hold something a reader can see (not only scripts). */
export function hasVisibleChildren(host: Element): boolean {
  return [...host.childNodes].some((node) =>
    node instanceof Element
      ? !/^(?:script|template|style)$/.test(node.localName)
      : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
  )
}
