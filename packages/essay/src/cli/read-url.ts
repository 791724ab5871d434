/**
 * A post read from its URL, carefully: only `http:` and `https:` (redirects included), at most
 * five redirects, within `--timeout` for the whole request (15 s unless given) and `--max-size`
 * bytes counted as they arrive, a `User-Agent` that names the tool, and only pages that are HTML
 * or text. Every failure is an `InputError` of one line.
 */

import {version} from '../version.js'
import {toFileName} from './file-name.js'
import {decodeDeclared, decodeText, InputError, type ReadLimits} from './read-input.js'
import {formatDuration, formatSize} from './units.js'

export const userAgent = `tsuzuri/${version} (personal essay parser; +https://www.npmjs.com/package/@tsuzuri/essay)`

const maxRedirects = 5
const readable = /^(?:text\/(?:html|plain|markdown|x-markdown)|application\/xhtml\+xml)$/

export interface FetchedPage {
  text: string
  /** How to read it: `html` for an HTML page, else what `--input` says. */
  format: 'html' | 'markdown' | 'text' | undefined
}

/** Whether a command-line argument is a URL rather than a path. */
export function isUrlArgument(arg: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(arg)
}

/**
 * The output name for a URL: its last path segment without an extension
 * (`…/2026/03/back-to-work/` → `back-to-work`), else its host.
 */
export function outputNameOfUrl(url: URL): string {
  const segment = url.pathname
    .split('/')
    .filter((part) => part !== '')
    .at(-1)
  let name = segment ?? ''
  try {
    name = decodeURIComponent(name)
  } catch {}
  name = toFileName(name.replace(/\.(?:html?|php|aspx?)$/i, ''))
  return name === '' ? url.hostname : name
}

export async function readUrl(address: string, limits: ReadLimits): Promise<FetchedPage> {
  const signal = limits.timeout > 0 ? AbortSignal.timeout(limits.timeout) : undefined
  try {
    return await fetchPage(address, limits, signal)
  } catch (error) {
    if (error instanceof InputError) throw error
    if (signal?.aborted) throw new InputError(`timed out after ${formatDuration(limits.timeout)}`)
    const cause = (error as {cause?: {code?: string; message?: string}}).cause
    throw new InputError(
      `cannot be fetched (${cause?.code ?? cause?.message ?? (error as Error).message}): check the address and the network`,
    )
  }
}

async function fetchPage(
  address: string,
  limits: ReadLimits,
  signal: AbortSignal | undefined,
): Promise<FetchedPage> {
  let url = new URL(address)
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new InputError(
        redirects === 0
          ? `only http: and https: addresses can be read, not ${url.protocol}`
          : `redirects to ${url.protocol}, which is not read: only http: and https:`,
      )
    }
    const response = await fetch(url, {
      redirect: 'manual',
      headers: {'user-agent': userAgent, accept: 'text/html, text/markdown, text/plain;q=0.9'},
      ...(signal ? {signal} : {}),
    })
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel()
      if (redirects === maxRedirects) {
        throw new InputError(`redirected more than ${maxRedirects} times: open it in a browser`)
      }
      url = new URL(location, url)
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      throw new InputError(`HTTP ${response.status}`)
    }
    const type = response.headers.get('content-type') ?? ''
    const mime = type.split(';')[0]?.trim().toLowerCase() ?? ''
    if (!readable.test(mime)) {
      await response.body?.cancel()
      throw new InputError(`not an HTML or text page (${mime || 'no content type'})`)
    }
    const bytes = await readBody(response, limits.maxSize)
    const html = mime === 'text/html' || mime === 'application/xhtml+xml'
    // The charset the response names, else what a file would say of itself (`decodeText`).
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1]
    const text = charset ? decodeDeclared(bytes, charset, 'its Content-Type') : decodeText(bytes)
    return {text, format: html ? 'html' : mime === 'text/plain' ? undefined : 'markdown'}
  }
}

async function readBody(response: Response, maxSize: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'))
  if (declared > maxSize) {
    await response.body?.cancel()
    throw tooLarge(maxSize)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body?.getReader()
  while (reader) {
    const {done, value} = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxSize) {
      await reader.cancel()
      throw tooLarge(maxSize)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

function tooLarge(maxSize: number) {
  return new InputError(
    `is over the ${formatSize(maxSize)} limit: raise it with --max-size if this really is one essay`,
  )
}
