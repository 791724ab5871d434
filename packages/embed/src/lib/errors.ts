/**
 * What failed: `not-found` (HTTP 404 or 410), `http` (another HTTP error), `network` (offline,
 * DNS, refused, or blocked by CORS: browsers do not say which), `not-essay` (the response or the
 * data is not an essay), `parser` (the Markdown parser could not be loaded).
 */
export type LoadErrorCode = 'not-found' | 'http' | 'network' | 'not-essay' | 'parser'

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
