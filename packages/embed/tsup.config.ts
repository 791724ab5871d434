import {sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {defineConfig, type Options} from 'tsup'
import {minifyTemplates, type Plugin} from './scripts/minify-templates.js'

/**
 * In the CDN build, `import('./markdown.js')` (the parser, needed only for Markdown) becomes a
 * relative import of the parser file next to the entry, so it resolves from wherever the files
 * are hosted, and the parser worker's URL (`parser-url.ts`) is that same file
 * (`cdn-parser-url.ts`). The entry's only static imports from the parser package are
 * `@tsuzuri/essay/html-allowlist`, `@tsuzuri/essay/attribution-url` and
 * `@tsuzuri/essay/html-detect`, modules without dependencies.
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

const cdnReferences = fileURLToPath(new URL('./src/cdn-references.ts', import.meta.url))
const essaySource = fileURLToPath(new URL('../essay/src/', import.meta.url))
const cdnJapanese = fileURLToPath(new URL('./src/cdn-japanese.ts', import.meta.url))
const lib = (file: string) => fileURLToPath(new URL(`./src/lib/${file}`, import.meta.url))

/**
 * In the parser file, micromark's `decode-named-character-reference` and `lib/references.ts` are
 * `src/cdn-references.ts`, whose table of names (`character-entities`, 2,125 names, a fifth of
 * the parser) is a file of its own next to the parser, `tsuzuri-essay-entities.js`, imported only
 * for text that may hold a named reference. Its other builds either carry the table (a `worker`
 * or Node build) or decode through `innerHTML` (the `browser` build: no `document` in a worker,
 * and a string sink Trusted Types refuses).
 */
const referencesChunk: Plugin = {
  name: 'tsuzuri-references-chunk',
  setup(build) {
    build.onResolve({filter: /^decode-named-character-reference$/}, () => ({path: cdnReferences}))
    build.onResolve({filter: /^\.\/references\.js$/}, (args) =>
      args.importer === lib('markdown.ts') ? {path: cdnReferences} : undefined,
    )
    // The Japanese profile, likewise a file of its own (`cdn-japanese.ts`).
    build.onResolve({filter: /^\.\/ja\.js$/}, (args) =>
      args.importer === `${essaySource}lib/profiles/index.ts` ? {path: cdnJapanese} : undefined,
    )
    build.onResolve({filter: /^\.\/tsuzuri-essay-(?:ja|html)\.js$/}, (args) => ({
      path: args.path,
      external: true,
    }))
    build.onResolve({filter: /^character-entities$/}, (args) =>
      args.kind === 'dynamic-import'
        ? {path: './tsuzuri-essay-entities.js', external: true}
        : undefined,
    )
  },
}

/**
 * The parser file bundles `@tsuzuri/essay` from its source, so that one module can be left out:
 * `lib/input/linear-markdown.ts` (Markdown over 16 KB parsed in windows) is `src/cdn-whole-markdown.ts`,
 * since the micromark bundled here is patched at the root of the cost the windows avoid; and
 * `lib/input/html.ts` (the HTML reader, with an HTML parser larger than this file's budget) is
 * `src/cdn-html-reader.ts`, which loads it from `tsuzuri-essay-html.js` when the text is HTML.
 */
const wholeMarkdownModule = fileURLToPath(new URL('./src/cdn-whole-markdown.ts', import.meta.url))
const htmlReaderModule = fileURLToPath(new URL('./src/cdn-html-reader.ts', import.meta.url))
const wholeMarkdown: Plugin = {
  name: 'tsuzuri-whole-markdown',
  setup(build) {
    build.onResolve({filter: /^@tsuzuri\/essay$/}, () => ({path: `${essaySource}index.ts`}))
    build.onResolve({filter: /^\.\/html\.js$/}, (args) =>
      args.importer === `${essaySource}lib/input/index.ts` ? {path: htmlReaderModule} : undefined,
    )
    build.onResolve({filter: /^\.\/linear-markdown\.js$/}, (args) =>
      args.importer === `${essaySource}lib/input/index.ts`
        ? {path: wholeMarkdownModule}
        : undefined,
    )
  },
}

const cdn: Options = {
  format: 'esm',
  outDir: 'dist/cdn',
  platform: 'browser',
  target: 'es2022',
  // terser after esbuild: its output gzips 3.7 % smaller (parser file: 43.15 kB against
  // 44.81 kB gzipped, measured in one run), which keeps the parser within its 45 KB budget.
  minify: 'terser',
  terserOptions: {compress: {passes: 2}, ecma: 2020, module: true},
  noExternal: [/.*/],
  splitting: false,
  // Licence notices of bundled code (Lit's BSD-3-Clause) go to `<file>.LEGAL.txt` next to each
  // file instead of taking bytes in it.
  // `@tsuzuri/essay`'s build imports its shared helper chunk (`__export`) for nothing but its
  // presence, and the package says it has no side effects: esbuild rightly drops the import, and
  // need not warn about it on every build.
  esbuildOptions(options) {
    options.legalComments = 'external'
    options.charset = 'utf8'
    options.logOverride = {...options.logOverride, 'ignored-bare-import': 'silent'}
  },
}

/**
 * `@tsuzuri/embed/react` bundles `@lit/react` (`createComponent`, under 1 KB), so that a site
 * without React installs neither it nor the React types it requires; React comes from the app,
 * and the element from this package's own module, next to it.
 */
const react: Options = {
  entry: {react: 'src/react.ts'},
  format: 'esm',
  outDir: 'dist',
  platform: 'browser',
  target: 'es2022',
  external: ['react'],
  noExternal: ['@lit/react'],
  esbuildPlugins: [
    {
      name: 'tsuzuri-react-own-modules',
      setup(build) {
        build.onResolve({filter: /^\.\.?\//}, (args) =>
          args.importer.endsWith(`src${sep}react.ts`)
            ? {path: args.path, external: true}
            : undefined,
        )
      },
    },
  ],
}

export default defineConfig([
  {
    // npm: one ES module per source file; `lit` and `@tsuzuri/essay` are left to the app.
    entry: [
      'src/**/*.ts',
      '!src/**/*.test.ts',
      '!src/test-utils/**',
      '!src/cdn.ts',
      '!src/cdn-digest.ts',
      '!src/cdn-parser.ts',
      '!src/cdn-parser-url.ts',
      '!src/cdn-references.ts',
      '!src/cdn-entities.ts',
      '!src/cdn-whole-markdown.ts',
      '!src/cdn-html-reader.ts',
      '!src/cdn-html.ts',
      '!src/cdn-japanese.ts',
      '!src/cdn-ja.ts',
      '!src/react.ts',
    ],
    format: 'esm',
    outDir: 'dist',
    platform: 'browser',
    target: 'es2022',
    bundle: false,
    esbuildPlugins: [minifyTemplates],
  },
  {...cdn, entry: {'tsuzuri-essay': 'src/cdn.ts'}, esbuildPlugins: [minifyTemplates, parserChunk]},
  // <tsuzuri-digest> on its own, Lit included: a shared chunk for Lit would make the essay entry
  // a file that needs another one next to it (every page that hosts it, its SRI), to save
  // readers of both elements about 5.9 KB once.
  {
    ...cdn,
    entry: {'tsuzuri-digest': 'src/cdn-digest.ts'},
    esbuildPlugins: [minifyTemplates],
    esbuildOptions(options, context) {
      cdn.esbuildOptions?.(options, context)
      // `safeUrl`'s module also freezes the HTML allowlist, which the digest never reads: a frozen
      // table nothing uses is dropped.
      options.pure = ['Object.freeze']
    },
  },
  {
    ...cdn,
    entry: {'tsuzuri-essay-parser': 'src/cdn-parser.ts'},
    esbuildPlugins: [referencesChunk, wholeMarkdown],
    esbuildOptions(options, context) {
      cdn.esbuildOptions?.(options, context)
      // The parser file also runs as a worker, where there is no `document`: packages with a
      // `worker` build use it.
      options.conditions = ['worker']
    },
  },
  {...cdn, entry: {'tsuzuri-essay-entities': 'src/cdn-entities.ts'}},
  {...cdn, entry: {'tsuzuri-essay-ja': 'src/cdn-ja.ts'}},
  {...cdn, entry: {'tsuzuri-essay-html': 'src/cdn-html.ts'}},
  react,
])
