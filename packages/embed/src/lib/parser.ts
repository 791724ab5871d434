import type {Essay} from '@tsuzuri/essay'
import {LoadError} from './errors.js'
import {parserUrl} from './parser-url.js'
import type {Format} from './source.js'

type Parser = typeof import('./markdown.js')

/** What the parser worker is asked: the arguments of `parse` in `markdown.ts`. */
export interface ParseRequest {
  text: string
  format: Format
  indented: boolean
}

/**
 * What the parser worker answers: the essay (not yet checked), or why it failed (`code`
 * `'parser'`: a file the parser needs could not be loaded).
 */
export type ParseAnswer = {essay: Essay} | {error: string; code?: 'parser'}

/** The part of Trusted Types the element uses (not in TypeScript's DOM types yet). */
interface TrustedTypes {
  createPolicy(
    name: string,
    rules: {createScriptURL: (url: string) => string},
  ): {createScriptURL(url: string): string}
}

let loading: Promise<Parser> | undefined

/**
 * Load the Markdown parser once, the first time an element has Markdown or text to parse and no
 * worker can do it: from `href` when the page hosts the parser file elsewhere
 * (`TsuzuriEssay.parserSrc`), else the parser of this build. In the CDN build that import is a
 * separate file next to `tsuzuri-essay.js`, resolved relative to it; essays given as JSON, as
 * the `essay` property or as pre-rendered HTML never load it.
 */
export function loadParser(href?: string): Promise<Parser> {
  loading ??= (
    href
      ? (import(/* @vite-ignore */ /* webpackIgnore: true */ href) as Promise<Parser>)
      : import('./markdown.js')
  ).catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}

/** Whether workers run here: unknown until the first one answers or fails to start. */
let workers: boolean | undefined
/** The `tsuzuri` Trusted Types policy (`null` when the page does not allow it). */
let policy: {createScriptURL(url: string): string} | null | undefined
/** Script URLs the element made, the only ones its policy passes. */
const made = new Set<string>()

/** Workers cannot run here (none, blocked by CSP or Trusted Types, or the file fails to load). */
const unavailable = new Error('no worker')

/**
 * Parse Markdown or text off the main thread: in a module worker running the parser file
 * (`parser`, a URL relative to the page, when the page hosts it elsewhere; else, in the CDN
 * build, `tsuzuri-essay-parser.js` next to `tsuzuri-essay.js`, and from npm `parse-worker.js`
 * next to this module). Where a worker cannot start (no `Worker`, a
 * Content-Security-Policy without the parser's origin in `worker-src`, Trusted Types without the
 * `tsuzuri` policy allowed, a bundler that left the file out), the parser runs on the main thread
 * instead, and the element does not try workers again. Aborting `signal` ends the worker.
 *
 * @throws {LoadError} `parser` when the parser cannot be loaded, `not-essay` when it fails.
 */
export async function parseText(
  request: ParseRequest,
  signal?: AbortSignal,
  url = '',
  parser?: string | URL,
): Promise<Essay> {
  const file = parser ? new URL(parser, document.baseURI) : parserUrl()
  if (workers !== false) {
    try {
      return await inWorker(request, signal, url, file)
    } catch (error) {
      if (error !== unavailable) throw error
      workers = false
    }
  }
  const module = await loadParser(parser && file.href).catch(() => {
    throw new LoadError('parser', '', url)
  })
  await module.loadReferences(request.text).catch(() => {
    throw new LoadError('parser', '', url)
  })
  if (signal?.aborted) throw signal.reason
  try {
    return module.parse(request.text, request.format, request.indented)
  } catch (error) {
    throw new LoadError('not-essay', (error as Error).message, url)
  }
}

function inWorker(
  request: ParseRequest,
  signal: AbortSignal | undefined,
  url: string,
  target: URL,
) {
  return new Promise<Essay>((resolve, reject) => {
    let worker: Worker
    let script = ''
    try {
      script = target.href
      // A worker must come from the page's origin: a parser on a CDN is imported by a small
      // module of the page's own (a `blob:` URL).
      if (target.origin !== location.origin) {
        script = URL.createObjectURL(
          new Blob([`import ${JSON.stringify(target.href)}`], {type: 'text/javascript'}),
        )
      }
      worker = new Worker(trusted(script) as string, {type: 'module'})
    } catch {
      if (script.startsWith('blob:')) URL.revokeObjectURL(script)
      reject(unavailable)
      return
    }
    const end = () => {
      worker.terminate()
      if (script.startsWith('blob:')) URL.revokeObjectURL(script)
      signal?.removeEventListener('abort', abort)
    }
    const abort = () => {
      end()
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', abort)
    worker.onmessage = ({data}: MessageEvent<ParseAnswer>) => {
      end()
      workers = true
      if ('error' in data) reject(new LoadError(data.code ?? 'not-essay', data.error, url))
      else resolve(data.essay)
    }
    const fail = (event: Event) => {
      event.preventDefault()
      end()
      // A worker that never answered could not start; one that worked before has failed.
      reject(workers ? new LoadError('parser', '', url) : unavailable)
    }
    worker.onerror = fail
    worker.onmessageerror = fail
    worker.postMessage(request)
  })
}

/**
 * `script` as a Trusted Types script URL where the browser has them, through the `tsuzuri`
 * policy, which passes only URLs this module made (the parser file, or the `blob:` module that
 * imports it). A page that enforces Trusted Types allows it with `trusted-types tsuzuri`.
 */
function trusted(script: string): unknown {
  const types = (globalThis as {trustedTypes?: TrustedTypes}).trustedTypes
  if (!types) return script
  made.add(script)
  if (policy === undefined) {
    try {
      policy = types.createPolicy('tsuzuri', {
        createScriptURL: (value) => {
          if (!made.has(value)) throw new TypeError(`Expected the parser's URL, not \`${value}\``)
          return value
        },
      })
    } catch {
      policy = null
    }
  }
  if (!policy) throw unavailable
  return policy.createScriptURL(script)
}
