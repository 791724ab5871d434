import {defineConfig, type Options} from 'tsup'
import {minifyTemplates, type Plugin} from './scripts/minify-templates.js'

/**
 * In the CDN build, `import('./markdown.js')` (the parser, needed only for Markdown) becomes a
 * relative import of the parser file next to the entry, so it resolves from wherever the files
 * are hosted. The entry's one static import from the parser package is
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
    ],
    format: 'esm',
    outDir: 'dist',
    platform: 'browser',
    target: 'es2022',
    bundle: false,
    esbuildPlugins: [minifyTemplates],
  },
  {...cdn, entry: {'tsuzuri-essay': 'src/cdn.ts'}, esbuildPlugins: [minifyTemplates, parserChunk]},
  {...cdn, entry: {'tsuzuri-essay-parser': 'src/cdn-parser.ts'}},
])
