import {fileURLToPath} from 'node:url'
import {defineConfig, type Options} from 'tsup'
import {minifyTemplates, type Plugin} from './scripts/minify-templates.js'

/**
 * In the CDN build, `import('./markdown.js')` (the parser, needed only for Markdown) becomes a
 * relative import of the parser file next to the entry, so it resolves from wherever the files
 * are hosted, and the parser worker's URL (`parser-url.ts`) is that same file
 * (`cdn-parser-url.ts`). The entry's one static import from the parser package is
 * `@tsuzuri/essay/html-allowlist`, a module without dependencies.
 */
const parserChunk: Plugin = {
  name: 'tsuzuri-parser-chunk',
  setup(build) {
    build.onResolve({filter: /^\.\/markdown\.js$/}, (args) =>
      args.kind === 'dynamic-import'
        ? {path: './tsuzuri-essay-parser.js', external: true}
        : undefined,
    )
    build.onResolve({filter: /^\.\/parser-url\.js$/}, () => ({
      path: fileURLToPath(new URL('./src/cdn-parser-url.ts', import.meta.url)),
    }))
  },
}

const cdn: Options = {
  format: 'esm',
  outDir: 'dist/cdn',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  noExternal: [/.*/],
  splitting: false,
  // Licence notices of bundled code (Lit's BSD-3-Clause) go to `<file>.LEGAL.txt` next to each
  // file instead of taking bytes in it.
  esbuildOptions(options) {
    options.legalComments = 'external'
    options.charset = 'utf8'
  },
}

export default defineConfig([
  {
    // npm: one ES module per source file; `lit` and `@tsuzuri/essay` are left to the app.
    entry: [
      'src/**/*.ts',
      '!src/**/*.test.ts',
      '!src/test-utils/**',
      '!src/cdn.ts',
      '!src/cdn-parser.ts',
      '!src/cdn-parser-url.ts',
    ],
    format: 'esm',
    outDir: 'dist',
    platform: 'browser',
    target: 'es2022',
    bundle: false,
    esbuildPlugins: [minifyTemplates],
  },
  {...cdn, entry: {'tsuzuri-essay': 'src/cdn.ts'}, esbuildPlugins: [minifyTemplates, parserChunk]},
  {
    ...cdn,
    entry: {'tsuzuri-essay-parser': 'src/cdn-parser.ts'},
    esbuildOptions(options, context) {
      cdn.esbuildOptions?.(options, context)
      // The parser file also runs as a worker, where there is no `document`: packages with a
      // `worker` build use it. micromark's `decode-named-character-reference` has a `browser` build
      // that decodes `&name;` through `innerHTML` (a string sink Trusted Types refuses); its
      // `worker` build uses the table of names instead.
      options.conditions = ['worker']
    },
  },
])
