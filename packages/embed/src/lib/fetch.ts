import {formatSize, LoadError} from './errors.js'

/** The largest body `src` may send, in bytes: 10 MB, as the CLI's `--max-size`. */
export const defaultMaxSize = 10 * 1024 * 1024
/** How long `src` may take to answer with the whole body, in milliseconds. */
export const defaultTimeout = 30_000

/** Limits for reading a URL. */
export interface FetchOptions {
  signal?: AbortSignal | undefined
  /** The largest body to read, in bytes (default `defaultMaxSize`). */
  maxSize?: number | undefined
  /** Milliseconds for the response and all of its body to arrive; `0` waits forever. */
  timeout?: number | undefined
}

/**
 * Fetch `url` and read its whole body, counted as it arrives and refused past `maxSize`, within
 * `timeout`: `[body, type]`, `type` the response's declared content type (`''` when none).
 * Shared by the elements: what the body is, each decides.
 *
 * @throws {LoadError} `not-found`, `http`, `network`, `timeout` or `too-large`; an abort rejects
 *   with the signal's reason.
 */
export async function fetchBody(
  url: string,
  {signal, maxSize = defaultMaxSize, timeout = defaultTimeout}: FetchOptions,
): Promise<[body: Uint8Array, type: string]> {
  const controller = new AbortController()
  const stop = () => controller.abort()
  signal?.addEventListener('abort', stop)
  let late = false
  const timer =
    timeout > 0
      ? setTimeout(() => {
          late = true
          controller.abort()
        }, timeout)
      : undefined
  try {
    const response = await fetch(url, {signal: controller.signal})
    const {status} = response
    if (status === 404 || status === 410) throw new LoadError('not-found', '', url, status)
    if (!response.ok) throw new LoadError('http', '', url, status)
    return [await readBody(response, maxSize, url), response.headers.get('content-type') ?? '']
  } catch (error) {
    controller.abort()
    if (signal?.aborted) throw signal.reason
    if (late) throw new LoadError('timeout', `nothing complete after ${timeout / 1000} s`, url)
    throw error instanceof LoadError ? error : new LoadError('network', '', url)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', stop)
  }
}

/** The bytes of a response, counted as they arrive: past `maxSize`, reading stops. */
async function readBody(response: Response, maxSize: number, url: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new LoadError('too-large', `over the ${formatSize(maxSize)} limit (max-size)`, url)
  if (Number(response.headers.get('content-length')) > maxSize) throw tooLarge()
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let size = 0
  const reader = (response.body as ReadableStream<Uint8Array<ArrayBuffer>>).getReader()
  for (;;) {
    const {done, value} = await reader.read()
    if (done) return new Uint8Array(await new Blob(chunks).arrayBuffer())
    size += value.byteLength
    // The caller aborts the request, which cancels the rest of the body.
    if (size > maxSize) throw tooLarge()
    chunks.push(value)
  }
}

/** The `max-size` attribute: bytes, or a number with `b`, `kb` or `mb` (powers of 1024); else 10 MB. */
export function readSize(value: string | null): number {
  const [, number, unit = 'b'] = /^\s*(\d+(?:\.\d+)?)\s*([km]?b)?\s*$/i.exec(value ?? '') ?? []
  const power = {b: 0, kb: 1, mb: 2}[unit.toLowerCase()] ?? 0
  return number ? Math.round(Number(number) * 1024 ** power) : defaultMaxSize
}

/** The `timeout` attribute: milliseconds, or a number with `ms` or `s`; else 30 s. */
export function readDuration(value: string | null): number {
  const [, number, unit] = /^\s*(\d+(?:\.\d+)?)\s*(m?s)?\s*$/i.exec(value ?? '') ?? []
  return number ? Number(number) * (unit?.toLowerCase() === 's' ? 1000 : 1) : defaultTimeout
}
