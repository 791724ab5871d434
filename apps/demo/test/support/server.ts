import {cpSync, createReadStream, existsSync, mkdtempSync, rmSync, statSync} from 'node:fs'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The built site. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url))

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>/`. */
  url: string
  close(): Promise<void>
}

/**
 * Serve `site` the way a plain static host does: files as they are, `index.html` for a folder,
 * a redirect from `folder` to `folder/`, 404 for anything else. No server code of the site's own.
 */
export async function serveStatic(site = distDir): Promise<StaticServer> {
  if (!existsSync(path.join(site, 'index.html'))) {
    throw new Error(
      `${site} has no index.html: build the site first (pnpm --filter @tsuzuri/demo build)`,
    )
  }
  // Serve a copy, so that a build started meanwhile (another `pnpm test` in the same working
  // tree) cannot swap the files under a running test.
  const root = `${mkdtempSync(path.join(tmpdir(), 'tsuzuri-demo-'))}/`
  cpSync(site, root, {recursive: true})
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      response.writeHead(400).end()
      return
    }
    const file = path.join(root, pathname)
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found')
      return
    }
    if (statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, {Location: `${url.pathname}/${url.search}`}).end()
        return
      }
      const index = path.join(file, 'index.html')
      if (!existsSync(index)) {
        response.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found')
        return
      }
      response.writeHead(200, {'Content-Type': types['.html']})
      createReadStream(index).pipe(response)
      return
    }
    response.writeHead(200, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
    })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => {
          rmSync(root, {recursive: true, force: true})
          if (error) reject(error)
          else resolve()
        })
      }),
  }
}
