import {defineConfig} from 'tsup'

// `pnpm dev` watches: cleaning dist/ there would pull the parser from under the running demo site.
export default defineConfig((options) => ({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    // `tsuzuri index --jobs N` starts its worker threads from this file, next to `cli.js`.
    'cli-index-worker': 'src/cli/index-worker.ts',
    'html-allowlist': 'src/lib/render/html-allowlist.ts',
    kinds: 'src/lib/kinds.ts',
    'attribution-url': 'src/attribution-url.ts',
    'html-detect': 'src/html-detect.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  clean: !options.watch,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  external: ['node:*', 'decode-named-character-reference'],
  // micromark is bundled so the two patches in `patches/` (see the README's Security section)
  // reach every user, not only this workspace: without them nested lists, quotes and runs of
  // lazy lines take time growing with the square of the input. `decode-named-character-reference`
  // stays a dependency: its browser build decodes with the DOM instead of a 50 KB table.
  noExternal: [
    /^micromark/,
    'mdast-util-from-markdown',
    'mdast-util-to-string',
    'unist-util-stringify-position',
    'devlop',
  ],
}))
