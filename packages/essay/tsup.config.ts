import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    'html-allowlist': 'src/lib/html-allowlist.ts',
    kinds: 'src/lib/kinds.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  external: ['node:*'],
})
