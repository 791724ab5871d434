import {defineConfig} from 'vitest/config'

// End-to-end tests of the built site (`dist/`), in Debian's Chromium. Files run one after the
// other: each drives a browser, and two at once only slow each other down.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
