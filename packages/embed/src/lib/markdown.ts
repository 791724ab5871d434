import {type Essay, parseEssay} from '@tsuzuri/essay'
import type {Format} from './source.js'

export {loadReferences} from './references.js'

/**
 * The Markdown side of the element, loaded on first use (in the CDN build, the parser file next
 * to `tsuzuri-essay.js`): parse Markdown or plain text with `@tsuzuri/essay`. `indented` text, from
 * a `<script type="text/markdown">` in the page, first loses the indentation its lines share.
 * `loadReferences(text)` must settle first (in the CDN build it loads the table of named
 * character references when `text` may hold one, and the Japanese profile for Japanese text).
 */
export function parse(text: string, format: Format, indented = false): Essay {
  return parseEssay(indented ? dedent(text) : text, {format})
}

/**
 * Remove the indentation common to every non-blank line (and blank lines around), so Markdown
 * indented to match the surrounding HTML does not turn into a code block.
 */
export function dedent(text: string): string {
  // trimEnd and a loop, not `/\s+$/` and `Math.min(...lines)`: linear, and no stack limit on
  // long inline essays.
  const lines = text
    .replace(/^\s*\n/, '')
    .trimEnd()
    .split('\n')
  let indent = Number.POSITIVE_INFINITY
  for (const line of lines) {
    const start = line.search(/\S/)
    if (start !== -1 && start < indent) indent = start
  }
  return lines.map((line) => line.slice(indent)).join('\n')
}
