import {existsSync, readFileSync} from 'node:fs'
import * as path from 'node:path'
import type {Plugin} from 'vite'
import {collectionFile, collectionJson} from './collection.js'
import {configureDevServer} from './dev-server.js'
import {embedCdnDir} from './paths.js'
import {loadSiteData, type Page, pages, type SiteData} from './site-pages.js'
import {staticFiles} from './static-files.js'

/**
 * The demo site as a Vite plugin: every page is rendered from TypeScript templates (the docs from
 * `docs/*.md` through `@tsuzuri/essay`), served by the dev server and written by `vite build`.
 * The element's CDN build is copied to `embed/` and the corpus essays to `samples/`, with
 * `samples/collection.json` made from them.
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

    async generateBundle() {
      for (const [fileName, absolute] of staticFiles()) {
        this.emitFile({type: 'asset', fileName, source: readFileSync(absolute)})
      }
      buildData ??= loadSiteData((message) => this.warn(message))
      const {samples} = await buildData
      this.emitFile({
        type: 'asset',
        fileName: collectionFile,
        source: await collectionJson(samples),
      })
      if (!existsSync(embedCdnDir)) {
        this.warn(
          'packages/embed/dist/cdn/ does not exist: the element will not load. Run `pnpm --filter @tsuzuri/embed build`.',
        )
      }
    },

    configureServer: configureDevServer,
  }
}
