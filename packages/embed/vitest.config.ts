import {playwright} from '@vitest/browser-playwright'
import {defineConfig} from 'vitest/config'
import {fixtureServer} from './test/fixture-server.js'

/** Debian's Chromium (never a downloaded browser), quiet about the network it cannot reach. */
export const chromium = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}

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
            provider: playwright({launchOptions: chromium}),
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
