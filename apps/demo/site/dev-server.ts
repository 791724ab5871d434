/**
 * The dev server's side of the site: pages (and the samples' `collection.json`) rendered again on
 * each request, the static files served from where they are, and a full reload when a doc, a
 * sample or the element changes.
 */
import {readFileSync} from 'node:fs'
import type {ServerResponse} from 'node:http'
import * as path from 'node:path'
import type {Connect, ViteDevServer} from 'vite'
import {collectionFile, collectionJson} from './collection.js'
import {escapeHtml} from './html.js'
import {ParserMissingError} from './parser.js'
import {docsRoot, embedCdnDir, embedManifestPath} from './paths.js'
import {essaysDir, loadSamples} from './samples.js'
import {loadSiteData, pages} from './site-pages.js'
import {staticFiles} from './static-files.js'

type Warn = (message: string) => void

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.statusCode = status
  res.setHeader('Content-Type', type)
  res.setHeader('Cache-Control', 'no-store')
  res.end(body)
}

function problemPage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const waiting = error instanceof ParserMissingError
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tsuzuri demo: ${waiting ? 'waiting for the parser' : 'error'}</title></head><body><main><h1>${waiting ? 'Waiting for @tsuzuri/essay' : 'This page failed to render'}</h1><pre>${escapeHtml(message)}</pre><p>Reload once it is fixed.</p></main></body></html>`
}

/**
 * Reload the browser when a source of the pages changes, and give back a `warn` that says each
 * problem once until then: every request renders the docs again.
 */
function watchSources(server: ViteDevServer): Warn {
  // Real paths (see `paths.ts`): Vite's watcher ignores everything under `node_modules`.
  const watched = [docsRoot, essaysDir, embedManifestPath, embedCdnDir]
  server.watcher.add(watched)
  const warned = new Set<string>()
  const warn = (message: string) => {
    if (warned.has(message)) return
    warned.add(message)
    server.config.logger.warn(message)
  }
  const reload = (file: string) => {
    const absolute = path.resolve(file)
    const inside = (entry: string) =>
      absolute === entry || absolute.startsWith(`${entry}${path.sep}`)
    if (!watched.some(inside)) return
    warned.clear()
    server.ws.send({type: 'full-reload'})
  }
  server.watcher.on('change', reload)
  server.watcher.on('add', reload)
  server.watcher.on('unlink', reload)
  return warn
}

/**
 * Serve a static file, the samples' collection or a freshly rendered page; anything else goes on
 * to Vite.
 */
function siteMiddleware(server: ViteDevServer, warn: Warn): Connect.NextHandleFunction {
  return async (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const pathname = decodeURIComponent(url.pathname).replace(/^\//, '')

    if (pathname === collectionFile) {
      try {
        send(res, 200, 'application/json; charset=utf-8', await collectionJson(await loadSamples()))
      } catch (error) {
        server.config.logger.error(String(error instanceof Error ? error.stack : error))
        send(res, 500, 'text/plain; charset=utf-8', String(error))
      }
      return
    }

    const file = staticFiles().get(pathname)
    if (file) {
      send(
        res,
        200,
        contentTypes[path.extname(file)] ?? 'application/octet-stream',
        readFileSync(file),
      )
      return
    }

    const wanted = pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname
    const page = pages().find((candidate) => candidate.file === wanted)
    if (!page) {
      if (pages().some((candidate) => candidate.file === `${pathname}/index.html`)) {
        res.statusCode = 301
        res.setHeader('Location', `${url.pathname}/${url.search}`)
        res.end()
        return
      }
      next()
      return
    }
    try {
      const data = await loadSiteData(warn)
      const html = await server.transformIndexHtml(url.pathname, page.render(data), req.originalUrl)
      send(res, 200, 'text/html; charset=utf-8', html)
    } catch (error) {
      server.config.logger.error(String(error instanceof Error ? error.stack : error))
      send(res, 500, 'text/html; charset=utf-8', problemPage(error))
    }
  }
}

export function configureDevServer(server: ViteDevServer) {
  const warn = watchSources(server)
  server.middlewares.use(siteMiddleware(server, warn))
}
