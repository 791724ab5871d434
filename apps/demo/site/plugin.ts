import {existsSync, readdirSync, readFileSync} from 'node:fs'
import type {ServerResponse} from 'node:http'
import * as path from 'node:path'
import type {Connect, Plugin, ViteDevServer} from 'vite'
import {discoverDocs, loadDocs} from './docs.js'
import {escapeHtml} from './html.js'
import {loadKindInfo} from './kinds.js'
import {renderDocPage} from './pages/doc.js'
import {renderGallery} from './pages/gallery.js'
import {renderHome} from './pages/home.js'
import {renderPlayground} from './pages/playground.js'
import {ParserMissingError} from './parser.js'
import {docsRoot, embedCdnDir, embedManifestPath} from './paths.js'
import {essaysDir, loadSamples} from './samples.js'

/** Everything the pages are rendered from. */
interface SiteData {
  docs: Awaited<ReturnType<typeof loadDocs>>
  samples: Awaited<ReturnType<typeof loadSamples>>
  kinds: Awaited<ReturnType<typeof loadKindInfo>>
}

/** A page of the site: the file it is written to and how to render it. */
interface Page {
  file: string
  render: (data: SiteData) => string
}

function pages(): Page[] {
  const result: Page[] = [
    {file: 'index.html', render: (data) => renderHome(data.samples, data.docs, data.kinds)},
    {file: 'playground/index.html', render: (data) => renderPlayground(data.samples)},
    {file: 'gallery/index.html', render: (data) => renderGallery(data.samples)},
  ]
  for (const source of discoverDocs()) {
    result.push({
      file: source.file,
      render(data) {
        const doc = data.docs.find((candidate) => candidate.path === source.path)
        if (!doc) throw new Error(`docs/${source.path} disappeared while the site was built`)
        return renderDocPage(doc, data.docs)
      },
    })
  }
  return result
}

async function loadSiteData(warn: (message: string) => void): Promise<SiteData> {
  const [docs, samples, kinds] = await Promise.all([
    loadDocs({warn}),
    loadSamples(),
    loadKindInfo(),
  ])
  return {docs, samples, kinds}
}

/** Files copied into the site as they are: the element's CDN build and the sample essays. */
function staticFiles(): Map<string, string> {
  const files = new Map<string, string>()
  if (existsSync(embedCdnDir)) {
    for (const entry of readdirSync(embedCdnDir, {recursive: true, withFileTypes: true})) {
      if (!entry.isFile() || entry.name.endsWith('.map')) continue
      const absolute = path.join(entry.parentPath, entry.name)
      files.set(`embed/${path.relative(embedCdnDir, absolute).split(path.sep).join('/')}`, absolute)
    }
  }
  if (existsSync(essaysDir)) {
    for (const name of readdirSync(essaysDir)) {
      if (/\.(?:md|txt)$/.test(name)) files.set(`samples/${name}`, path.join(essaysDir, name))
    }
  }
  return files
}

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
 * The demo site as a Vite plugin: every page is rendered from TypeScript templates (the docs from
 * `docs/*.md` through `@tsuzuri/essay`), served by the dev server and written by `vite build`.
 * The element's CDN build is copied to `embed/` and the corpus essays to `samples/`.
 */
export function tsuzuriSite(): Plugin {
  let root = process.cwd()
  let byId = new Map<string, Page>()
  let buildData: Promise<SiteData> | undefined

  const pageMap = (base: string) =>
    new Map(pages().map((page) => [path.join(base, page.file), page]))

  return {
    name: 'tsuzuri-site',
    enforce: 'pre',

    config(config) {
      root = path.resolve(config.root ?? process.cwd())
      byId = pageMap(root)
      const input = Object.fromEntries(
        [...byId].map(([id, page]) => [page.file.replace(/\/?index\.html$/, '') || 'index', id]),
      )
      return {
        appType: 'mpa',
        build: {rollupOptions: {input}},
        // The pages are not files Vite could scan for dependencies: name the scripts instead.
        optimizeDeps: {entries: ['src/*.ts']},
      }
    },

    resolveId(id) {
      return byId.has(id) ? id : undefined
    },

    async load(id) {
      const page = byId.get(id)
      if (!page) return undefined
      buildData ??= loadSiteData((message) => this.warn(message))
      return page.render(await buildData)
    },

    generateBundle() {
      for (const [fileName, absolute] of staticFiles()) {
        this.emitFile({type: 'asset', fileName, source: readFileSync(absolute)})
      }
      if (!existsSync(embedCdnDir)) {
        this.warn(
          'packages/embed/dist/cdn/ does not exist: the element will not load. Run `pnpm --filter @tsuzuri/embed build`.',
        )
      }
    },

    configureServer(server: ViteDevServer) {
      // Real paths (see `paths.ts`): Vite's watcher ignores everything under `node_modules`.
      const watched = [docsRoot, essaysDir, embedManifestPath, embedCdnDir]
      server.watcher.add(watched)
      // Every request renders the docs again; say each problem once, until a file changes.
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

      const middleware: Connect.NextHandleFunction = async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost')
        const pathname = decodeURIComponent(url.pathname).replace(/^\//, '')

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

        const wanted =
          pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname
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
          const html = await server.transformIndexHtml(
            url.pathname,
            page.render(data),
            req.originalUrl,
          )
          send(res, 200, 'text/html; charset=utf-8', html)
        } catch (error) {
          server.config.logger.error(String(error instanceof Error ? error.stack : error))
          send(res, 500, 'text/html; charset=utf-8', problemPage(error))
        }
      }
      server.middlewares.use(middleware)
    },
  }
}
