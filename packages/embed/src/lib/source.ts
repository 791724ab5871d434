import type {Essay} from '@tsuzuri/essay'
import {LoadError} from './errors.js'
import {toEssay} from './essay-data.js'
import {loadParser} from './parser.js'

/** How Markdown or text is read (the parser's `format`). */
export type Format = 'auto' | 'markdown' | 'text'

/** Settings for reading an essay. */
export interface ReadOptions {
  format: Format
  signal?: AbortSignal | undefined
  /** The text comes from a script in the page: remove the indentation its lines share. */
  indented?: boolean
}

/**
 * Fetch `url` and read it as an essay: the JSON `tsuzuri parse` writes (no parser needed), or
 * Markdown / plain text (parsed by the parser, loaded on first use). A JSON content type, a body
 * starting with `{` or a URL ending in `.json` means JSON, whatever else the server says.
 *
 * @throws {LoadError} For everything but an abort (which rejects with the signal's reason).
 */
export async function fetchEssay(url: string, options: ReadOptions): Promise<Essay> {
  let response: Response
  let body: string
  try {
    response = await fetch(url, {signal: options.signal ?? null})
    body = await response.text()
  } catch (error) {
    throw options.signal?.aborted ? error : new LoadError('network', '', url)
  }
  const {status} = response
  if (status === 404 || status === 410) throw new LoadError('not-found', '', url, status)
  if (!response.ok) throw new LoadError('http', '', url, status)
  const type = response.headers.get('content-type') ?? ''
  const textual = /markdown|plain/.test(type)
  // JSON served as text (raw.githubusercontent.com serves every file as text/plain) is JSON too;
  // `text()` has removed a byte order mark, and `\s` would match one.
  if (/json/.test(type) || /^\s*\{/.test(body) || /\.json(?:[?#]|$)/i.test(url))
    return essayFromJson(body, url)
  // An HTML page (a server's fallback for a missing file, a wrong URL) is not an essay.
  if (/html/.test(type) || (!textual && /^\s*</.test(body)))
    throw new LoadError('not-essay', 'HTML', url)
  return parseMarkdown(body, options, url)
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

/** Parse Markdown or plain text with the parser, loading it first if needed. */
export async function parseMarkdown(text: string, options: ReadOptions, url = ''): Promise<Essay> {
  const parser = await loadParser().catch(() => {
    throw new LoadError('parser', '', url)
  })
  if (options.signal?.aborted) throw options.signal.reason
  try {
    return toEssay(parser.parse(text, options.format, options.indented), url)
  } catch (error) {
    throw new LoadError('not-essay', (error as Error).message, url)
  }
}
