import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/*.test.ts'],
    // Packing and `npm install` from the registry take a while; so does starting Chromium.
    hookTimeout: 600_000,
    testTimeout: 180_000,
  },
})
