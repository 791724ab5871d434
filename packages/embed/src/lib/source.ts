import type {Essay} from '@tsuzuri/essay'
import {looksLikeHtmlPage} from '@tsuzuri/essay/html-detect'
import {LoadError} from './errors.js'
import {toEssay} from './essay-data.js'
import {fetchBody} from './fetch.js'
import {parseText} from './parser.js'

/** How the text is read (the parser's `format`); `html` for a page `src` serves as HTML. */
export type Format = 'auto' | 'markdown' | 'text' | 'html'

export {defaultMaxSize, defaultTimeout} from './fetch.js'

/** Settings for reading an essay. */
export interface ReadOptions {
  format: Format
  signal?: AbortSignal | undefined
  /** The text comes from a script in the page: remove the indentation its lines share. */
  indented?: boolean
  /** The largest body to read, in bytes (default `defaultMaxSize`). */
  maxSize?: number | undefined
  /** Milliseconds for the response and all of its body to arrive; `0` waits forever. */
  timeout?: number | undefined
  /** The parser file, when the page hosts it elsewhere (see `parseText`). */
  parser?: string | URL | undefined
}

/**
 * Fetch `url` and read it as an essay: the JSON `tsuzuri parse` writes (no parser needed), or
 * Markdown / plain text (parsed by the parser, in a worker when it can). The body is counted as
 * it arrives and refused past `maxSize`; the whole of it must arrive within `timeout`. What it is
 * comes from its declared type first (see `kindOf`).
 *
 * @throws {LoadError} For everything but an abort (which rejects with the signal's reason).
 */
export async function fetchEssay(url: string, options: ReadOptions): Promise<Essay> {
  const [body, type] = await fetchBody(url, options)
  const kind = kindOf(type, body, url)
  if (kind !== 'json' && kind !== 'text' && kind !== 'html') {
    throw new LoadError('not-essay', kind, url)
  }
  const text = decode(body, type, url)
  if (kind === 'json') return essayFromJson(text, url)
  if (kind === 'text') return parseMarkdown(text, options, url)
  const essay = await parseMarkdown(text, {...options, format: 'html'}, url)
  // A page whose article has no text (a home page, a login wall) is not an essay.
  if (!essay.sections.some((section) => section.text.trim() !== '')) {
    throw new LoadError('not-essay', 'an HTML page with no article', url)
  }
  return essay
}

/**
 * What a body is: `json`, `text` (Markdown or plain text), `html` (a page, read for its article),
 * or why it is not an essay. A declared type is trusted: JSON types are JSON, `text/markdown` is
 * Markdown even when it starts with `{`, HTML types are HTML, and any other type that is not
 * text (`image/png`) is not an essay. Only a missing or generic type (`text/plain`,
 * `application/octet-stream`) is sniffed: a NUL byte means binary, a URL ending in `.json` or a
 * body starting with `{` means JSON (raw.githubusercontent.com serves JSON as `text/plain`), a
 * body starting with `<!doctype html>`, `<html>`, `<head>` or `<body>` (after comments) is an
 * HTML page; anything else, `<!-- tsuzuri: … -->` tags first included, is text.
 */
export function kindOf(type: string, body: Uint8Array, url: string): string {
  const essence = (type.split(';')[0] ?? '').trim().toLowerCase()
  if (/^(?:text\/html|application\/xhtml\+xml)$/.test(essence)) return 'html'
  if (/^(?:application|text)\/(?:[\w.-]+\+)?json$/.test(essence)) return 'json'
  const generic = /^(?:|text\/plain|application\/octet-stream)$/.test(essence)
  if (!generic && !essence.startsWith('text/')) return `content type ${essence}`
  const nul = body.indexOf(0)
  if (nul !== -1) return `binary (a NUL byte at offset ${nul})`
  if (!generic) return 'text'
  const start = new TextDecoder().decode(body.subarray(0, 1024))
  if (/\.json(?:[?#]|$)/i.test(url) || /^\s*\{/.test(start)) return 'json'
  if (looksLikeHtmlPage(start)) return 'html'
  return 'text'
}

/** A body as text, in its declared charset (UTF-8 by default); invalid bytes are refused. */
function decode(body: Uint8Array, type: string, url: string): string {
  const charset = /;\s*charset="?([\w.:-]+)/i.exec(type)?.[1] ?? 'utf-8'
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset, {fatal: true})
  } catch {
    decoder = new TextDecoder('utf-8', {fatal: true})
  }
  try {
    return decoder.decode(body)
  } catch {
    throw new LoadError('not-essay', `binary, or not ${decoder.encoding} text`, url)
  }
}

/** Read the JSON of an essay (from `src`, or embedded in the element). */
export function essayFromJson(text: string, url = ''): Essay {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new LoadError('not-essay', 'invalid JSON', url)
  }
  return toEssay(value, url)
}

/**
 * Parse Markdown or plain text with the parser (in a worker when it can). What the parser built is
 * an essay already: it is used as it is, not checked and copied as JSON from elsewhere is.
 */
export function parseMarkdown(text: string, options: ReadOptions, url = ''): Promise<Essay> {
  return parseText(
    {text, format: options.format, indented: options.indented ?? false},
    options.signal,
    url,
    options.parser,
  )
}
