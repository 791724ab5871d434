/**
 * What failed: `not-found` (HTTP 404 or 410), `http` (another HTTP error), `network` (offline,
 * DNS, refused, or blocked by CORS: browsers do not say which), `timeout` (the essay did not
 * arrive within `timeout`), `too-large` (it is larger than `max-size`), `not-essay` (the response
 * or the data is not an essay: HTML, an image or other binary data, text that is not UTF-8,
 * JSON that is not an essay), `parser` (the Markdown parser could not be loaded).
 */
export type LoadErrorCode =
  | 'not-found'
  | 'http'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'not-essay'
  | 'parser'

/** Why an essay could not be shown. */
export class LoadError extends Error {
  /** What failed. */
  readonly code: LoadErrorCode
  /** The URL that failed, or `''`. */
  readonly url: string
  /** The HTTP status, or `0`. */
  readonly status: number

  constructor(code: LoadErrorCode, message = '', url = '', status = 0) {
    super(message)
    this.code = code
    this.url = url
    this.status = status
  }
}

/** A size as people write it: `916 B`, `97.7 KB`, `10 MB` (powers of 1024, as the CLI's). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`
  return `${bytes} B`
}
