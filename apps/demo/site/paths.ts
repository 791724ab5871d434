import {existsSync} from 'node:fs'
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

/** The folder of a workspace dependency, as linked into `apps/demo/node_modules`. */
function packageRoot(name: string): string {
  return path.join(demoRoot, 'node_modules', ...name.split('/'))
}

export const embedRoot = packageRoot('@tsuzuri/embed')
export const corpusRoot = packageRoot('@tsuzuri/corpus')

/** The CDN build of the element (`tsuzuri-essay.js` and its chunks). */
export const embedCdnDir = path.join(embedRoot, 'dist', 'cdn')
export const embedManifestPath = path.join(embedRoot, 'custom-elements.json')

/**
 * The built entry of `@tsuzuri/essay`, or `undefined` when it has not been built yet
 * (`pnpm --filter @tsuzuri/essay build`).
 */
export function essayEntry(): string | undefined {
  try {
    const file = require.resolve('@tsuzuri/essay')
    return existsSync(file) ? file : undefined
  } catch {
    return undefined
  }
}
