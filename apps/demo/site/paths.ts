import {existsSync, realpathSync} from 'node:fs'
import {createRequire} from 'node:module'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'

/** `apps/demo`. */
export const demoRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)))
/** The repository root. */
export const repoRoot = path.resolve(demoRoot, '../..')
/** The top-level `docs/` folder rendered by the Docs pages. */
export const docsRoot = path.join(repoRoot, 'docs')

const require = createRequire(path.join(demoRoot, 'package.json'))

/**
 * The real folder of a workspace dependency (`packages/…`), not its link in
 * `apps/demo/node_modules`: Vite's watcher ignores every path under `node_modules`, so the dev
 * server would never see its files change.
 */
function packageRoot(name: string): string {
  const linked = path.join(demoRoot, 'node_modules', ...name.split('/'))
  return existsSync(linked) ? realpathSync(linked) : linked
}

export const embedRoot = packageRoot('@tsuzuri/embed')
export const corpusRoot = packageRoot('@tsuzuri/corpus')

/** The CDN build of the element (`tsuzuri-essay.js` and its chunks). */
export const embedCdnDir = path.join(embedRoot, 'dist', 'cdn')
export const embedManifestPath = path.join(embedRoot, 'custom-elements.json')

/**
 * The built entry of `@tsuzuri/essay` (or of one of its subpath exports, such as `/kinds`), or
 * `undefined` when it has not been built yet (`pnpm --filter @tsuzuri/essay build`).
 */
export function essayEntry(subpath: '' | '/kinds' = ''): string | undefined {
  try {
    const file = require.resolve(`@tsuzuri/essay${subpath}`)
    return existsSync(file) ? file : undefined
  } catch {
    return undefined
  }
}
