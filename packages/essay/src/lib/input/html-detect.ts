/**
 * Telling HTML from Markdown and pasted text, in a module of its own: builds that leave the HTML
 * reader out (the element's CDN parser file) still tell HTML apart and say they cannot read it.
 */
const documentStart = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i
const fragmentStart =
  /^\s*<(?:p|h[1-6]|div|article|section|main|header|ul|ol|blockquote|figure)[\s>/]/i
const closingBlock = /<\/(?:p|h[1-6]|div|article|section|li|blockquote)>/gi

/**
 * Whether `text` is HTML rather than Markdown or pasted text: a page (`<!doctype html>`,
 * `<html>`), or a fragment that opens with a block element and closes at least two. Markdown
 * that merely holds some HTML (`<!-- tsuzuri: … -->`, a `<details>` further down) is Markdown.
 */
export function looksLikeHtml(text: string): boolean {
  if (documentStart.test(text)) return true
  if (!fragmentStart.test(text)) return false
  return (text.match(closingBlock)?.length ?? 0) >= 2
}
