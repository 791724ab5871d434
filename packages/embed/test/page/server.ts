import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpusDirectory} from '@tsuzuri/corpus'

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
 * and the corpus essays as Markdown or text (`/essays/<file>`) or as `tsuzuri parse` JSON
 * (`/essays/<name>.json`). `?delay=<ms>` answers late.
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
    let answer: string | Buffer | undefined
    try {
      answer = route(url.pathname, options)
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function route(path: string, options: SiteOptions): string | Buffer | undefined {
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
  const asset = /^\/fixtures\/([\w-]+\.css)$/.exec(path)
  if (asset) return read(join(pages, asset[1] as string))
  const page = /^\/([\w-]+)\.html$/.exec(path)
  if (page) {
    const html = read(join(pages, `${page[1]}.html`))?.toString('utf8')
    return html?.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
      if (name === 'ESSAY_HTML') return tsuzuriParse('mommy-track.md', 'html')
      return options.placeholders?.[name] ?? whole
    })
  }
  return undefined
}

function read(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined
}
