import {defineConfig} from 'tsup'

// `pnpm dev` watches: cleaning dist/ there would pull the parser from under the running demo site.
export default defineConfig((options) => ({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    'html-allowlist': 'src/lib/html-allowlist.ts',
    kinds: 'src/lib/kinds.ts',
    'attribution-url': 'src/attribution-url.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  clean: !options.watch,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  external: ['node:*'],
}))
