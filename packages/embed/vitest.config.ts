import {chromiumLaunchOptions} from '@tsuzuri/chromium'
import {playwright} from '@vitest/browser-playwright'
import {defineConfig} from 'vitest/config'
import {fixtureServer} from './test/fixture-server.js'

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [fixtureServer()],
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
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
