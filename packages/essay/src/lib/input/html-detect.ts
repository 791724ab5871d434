/**
 * Telling HTML from Markdown and pasted text, in a module of its own: builds that load the HTML
 * reader lazily (the element's CDN parser file) use it to decide whether to load it.
 */
const pageStart = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i
const fragmentStart =
  /^\s*<(?:p|h[1-6]|div|article|section|main|header|ul|ol|blockquote|figure)[\s>/]/i
const closingBlock = /<\/(?:p|h[1-6]|div|article|section|li|blockquote)>/gi

/**
 * Whether `text` is a whole HTML page (`<!doctype html>`, `<html>`, `<head>` or `<body>` first,
 * after comments): what `format: 'auto'` reads as HTML. A fragment (`<p>…</p><h2>…</h2>`) is
 * Markdown that holds some HTML unless `format: 'html'` says otherwise, since Markdown may open
 * with raw HTML too, and reading it as a page would leave out what a page leaves out.
 */
export function looksLikeHtmlPage(text: string): boolean {
  return pageStart.test(text)
}

/**
 * Whether `text` may be HTML: a page, or a fragment that opens with a block element and closes
 * at least two. What a build that loads the HTML reader lazily loads it for.
 */
export function mayBeHtml(text: string): boolean {
  if (pageStart.test(text)) return true
  if (!fragmentStart.test(text)) return false
  return (text.match(closingBlock)?.length ?? 0) >= 2
}
