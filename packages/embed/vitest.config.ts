import {chromiumLaunchOptions} from '@tsuzuri/chromium'
import {playwright} from '@vitest/browser-playwright'
import {defineConfig} from 'vitest/config'
import {fixtureServer} from './test/fixture-server.js'

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [fixtureServer()],
        // React is CommonJS: bundled for the browser before the tests start, not found (and the
        // page reloaded) in the middle of one.
        optimizeDeps: {include: ['react', 'react/jsx-runtime', 'react-dom/client']},
        test: {
          name: 'browser',
          include: ['src/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({launchOptions: chromiumLaunchOptions}),
            instances: [{browser: 'chromium'}],
            screenshotFailures: false,
          },
        },
      },
      {
        test: {
          name: 'page',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
})
