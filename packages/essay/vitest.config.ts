import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // Tests import the package by its own name, as users do, but run against the source.
    alias: {'@tsuzuri/essay': fileURLToPath(new URL('./src/index.ts', import.meta.url))},
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
