import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpusDirectory} from '@tsuzuri/corpus'
import {parseEssay} from '@tsuzuri/essay'
import {hostileEssay} from '../hostile.js'
import {noReferencesEssay, referencesEssay} from '../references.js'

const pages = fileURLToPath(new URL('../fixtures/pages/', import.meta.url))
const cdnDirectory = fileURLToPath(new URL('../../dist/cdn/', import.meta.url))
const cli = fileURLToPath(
  new URL('../../node_modules/@tsuzuri/essay/bin/tsuzuri.js', import.meta.url),
)

/** A static server on 127.0.0.1 with a random port. */
export interface Site {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** Paths requested so far (with query), in order. */
  requests: string[]
  close(): Promise<void>
}

/** Settings for one server. */
export interface SiteOptions {
  /** Values for `{{NAME}}` placeholders in pages (`CDN`, `MIRROR`, `OTHER`). */
  placeholders?: Record<string, string>
  /** Headers added to every HTML page (a Content-Security-Policy, …). */
  pageHeaders?: Record<string, string>
  /** Answer cross-origin requests for the CDN files (as CDNs do). */
  cors?: boolean
  /** More files, by path (`/attack/all.html`), typed by their extension as the others. */
  files?: Record<string, string>
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
}

const cliOutput = new Map<string, string>()

/** What `tsuzuri parse <file> [--format html]` prints, for a corpus essay. */
export function tsuzuriParse(file: string, format: 'json' | 'html'): string {
  const key = `${format} ${file}`
  let output = cliOutput.get(key)
  if (output === undefined) {
    output = execFileSync(
      process.execPath,
      [cli, 'parse', join(corpusDirectory, file), '--format', format],
      {
        encoding: 'utf8',
      },
    )
    cliOutput.set(key, output)
  }
  return output
}

/**
 * Serve what a site owner's server and a CDN would: the pages in `test/fixtures/pages/`
 * (`/<name>.html`), their assets (`/fixtures/…`), the CDN build (`/cdn/…`, a second copy at
 * `/mirror/cdn/…`, and the entry without its parser file at `/lonely/cdn/tsuzuri-essay.js`),
 * the corpus essays as Markdown or text (`/essays/<file>`) or as `tsuzuri parse` JSON
 * (`/essays/<name>.json`), and the essays of `test/references.ts` as Markdown
 * (`/references/<name>.md`) or as `parseEssay`'s JSON in Node (`/references/<name>.json`).
 * `?delay=<ms>` answers late.
 */
export async function serve(options: SiteOptions = {}): Promise<Site> {
  const requests: string[] = []
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    requests.push(url.pathname + url.search)
    if (url.pathname.startsWith('/hostile/')) {
      hostile(url, response)
      return
    }
    let answer: string | Buffer | undefined
    try {
      answer = route(url.pathname, options, url.searchParams)
    } catch (error) {
      response.writeHead(500, {'content-type': 'text/plain'}).end(String(error))
      return
    }
    const send = () => {
      if (!answer) {
        response.writeHead(404, {'content-type': 'text/plain'}).end('Not found')
        return
      }
      const extension = /\.\w+$/.exec(url.pathname)?.[0] ?? '.html'
      const headers: Record<string, string> = {
        'content-type': types[extension] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(extension === '.html' ? options.pageHeaders : {}),
      }
      if (options.cors && url.pathname.includes('/cdn/'))
        headers['access-control-allow-origin'] = '*'
      response.writeHead(200, headers).end(answer)
    }
    setTimeout(send, Number(url.searchParams.get('delay') ?? 0))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        // Hostile answers that never end hold their connections open.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function route(
  path: string,
  options: SiteOptions,
  query: URLSearchParams,
): string | Buffer | undefined {
  if (options.files && Object.hasOwn(options.files, path)) return options.files[path]
  const cdn = /^\/(?:mirror\/)?cdn\/([\w.-]+\.js)$/.exec(path)
  if (cdn) return read(join(cdnDirectory, cdn[1] as string))
  if (path === '/lonely/cdn/tsuzuri-essay.js') return read(join(cdnDirectory, 'tsuzuri-essay.js'))
  const essay = /^\/essays\/([\w-]+)\.(md|txt|json)$/.exec(path)
  if (essay) {
    const [, name, extension] = essay
    if (extension !== 'json') return read(join(corpusDirectory, `${name}.${extension}`))
    const source = existsSync(join(corpusDirectory, `${name}.md`)) ? `${name}.md` : `${name}.txt`
    return tsuzuriParse(source, 'json')
  }
  const reference = /^\/references\/(with|without)\.(md|json)$/.exec(path)
  if (reference) {
    const text = reference[1] === 'with' ? referencesEssay : noReferencesEssay
    return reference[2] === 'md' ? text : JSON.stringify(parseEssay(text))
  }
  const asset = /^\/fixtures\/([\w-]+\.css)$/.exec(path)
  if (asset) return read(join(pages, asset[1] as string))
  const page = /^\/([\w-]+)\.html$/.exec(path)
  if (page) {
    const html = read(join(pages, `${page[1]}.html`))?.toString('utf8')
    return html?.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
      if (name === 'ESSAY_HTML') return tsuzuriParse('mommy-track.md', 'html')
      // Lower-case placeholders come from the query (`/essay.html?src=…`), escaped.
      if (name === name.toLowerCase()) return escapeHtml(query.get(name) ?? '')
      return options.placeholders?.[name] ?? whole
    })
  }
  return undefined
}

function read(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** The bytes of a PNG image (a signature and the start of its header). */
export const pngBytes = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
])

/** Markdown of about `bytes` bytes: corpus essays, one after the other. */
export function longEssay(bytes: number): string {
  const files = readdirSync(corpusDirectory).filter((file) => file.endsWith('.md'))
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const text = `${readFileSync(join(corpusDirectory, files[index % files.length] as string), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')}\n\n`
    parts.push(text)
    size += Buffer.byteLength(text)
  }
  return Buffer.from(parts.join('')).subarray(0, bytes).toString('utf8')
}

const longEssays = new Map<number, string>()

/**
 * What a hostile (or careless) server answers, under `/hostile/`: a forged essay
 * (`forged.json`), Markdown starting with `{` served as `text/markdown` (`brace.md`), Markdown
 * starting with a tsuzuri tag and no content type (`tagged`), a PNG with its type
 * (`image.png`) and without (`untyped.png`), a response that starts and never ends (`never`), one
 * that never starts (`silent`), `?bytes=<n>` bytes of Markdown streamed without a length
 * (`stream.md`) or with a false one (`lying.md`), `- ` 10,000 times on one line (`dashes.md`),
 * `[a](` 20,000 times (`brackets.md`, seconds of micromark),
 * and a long essay of `?bytes=<n>` (`long.md`).
 */
function hostile(url: URL, response: ServerResponse): void {
  const name = url.pathname.slice('/hostile/'.length)
  const bytes = Number(url.searchParams.get('bytes') ?? 0)
  const markdown = {'content-type': 'text/markdown; charset=utf-8', 'cache-control': 'no-store'}
  switch (name) {
    case 'forged.json':
      response
        .writeHead(200, {'content-type': 'application/json'})
        .end(JSON.stringify(hostileEssay))
      return
    case 'brace.md':
      response
        .writeHead(200, markdown)
        .end('{Draft} notes from my first year\n\n## What happened\n\nI moved to Osaka alone.\n')
      return
    case 'tagged':
      // No content type at all (Node sends none unless told).
      response
        .writeHead(200)
        .end('<!-- tsuzuri: experience -->\n## 火曜日の会議室\n\n復帰初日、課長に呼ばれました。\n')
      return
    case 'image.png':
      response.writeHead(200, {'content-type': 'image/png'}).end(pngBytes)
      return
    case 'untyped.png':
      response.writeHead(200).end(pngBytes)
      return
    case 'never':
      response.writeHead(200, markdown).write('# Never ends\n\n')
      return
    case 'silent':
      return
    case 'stream.md':
    case 'lying.md': {
      if (name === 'lying.md') response.setHeader('content-length', '10')
      response.writeHead(200, markdown)
      const chunk = Buffer.alloc(64 * 1024, 'a\n')
      let sent = 0
      const pump = () => {
        while (sent < bytes && !response.destroyed) {
          sent += chunk.length
          if (!response.write(chunk)) return void response.once('drain', pump)
        }
        response.end()
      }
      pump()
      return
    }
    case 'dashes.md':
      response.writeHead(200, markdown).end('- '.repeat(10_000))
      return
    case 'brackets.md':
      response.writeHead(200, markdown).end('[a]('.repeat(20_000))
      return
    case 'long.md': {
      let text = longEssays.get(bytes)
      if (text === undefined) {
        text = longEssay(bytes)
        longEssays.set(bytes, text)
      }
      response.writeHead(200, markdown).end(text)
      return
    }
    default:
      response.writeHead(404, {'content-type': 'text/plain'}).end('Not found')
  }
}
