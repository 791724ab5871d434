import {readFile} from 'node:fs/promises'
import type {Plugin} from './minify-templates.js'

/**
 * Stand-ins for code the parser's dependencies carry but never run in the browser chunk:
 *
 * - `@ungap/structured-clone`: a polyfill; every browser the CDN build targets has
 *   `structuredClone` (the package itself calls it when present).
 * - `character-entities-html4`, `character-entities-legacy`: tables for named character
 *   references, which `hast-util-to-html` only writes when asked to (the parser does not ask).
 * - The SVG schema of `property-information`: `hast-util-to-html` switches to it only inside
 *   `<svg>`, and the parser's sanitizer removes SVG before that.
 *
 * A test parses every sample essay with this chunk and with `@tsuzuri/essay` and expects the same
 * essays (`src/cdn-parser.test.ts`).
 */
export const parserShims: Plugin = {
  name: 'tsuzuri-parser-shims',
  setup(build) {
    const shims: Record<string, string> = {
      '@ungap/structured-clone': 'export default (value) => structuredClone(value)',
      'character-entities-html4': 'export const characterEntitiesHtml4 = {}',
      'character-entities-legacy': 'export const characterEntitiesLegacy = []',
    }
    build.onResolve(
      {filter: /^(?:@ungap\/structured-clone|character-entities-(?:html4|legacy))$/},
      (args) => ({
        path: args.path,
        namespace: 'tsuzuri-shim',
      }),
    )
    build.onLoad({filter: /.*/, namespace: 'tsuzuri-shim'}, (args) => ({
      contents: shims[args.path],
    }))
    build.onLoad({filter: /[\\/]property-information[\\/]index\.js$/}, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const patched = source
        .replace(/^import \{svg as svgBase\} from '\.\/lib\/svg\.js'$/m, '')
        .replace(/^export const svg = merge\(\[[^\]]*\], 'svg'\)$/m, 'export const svg = html')
      return {contents: patched, loader: 'js'}
    })
  },
}
