import type {Browser} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'
import {launchBrowser} from './browser.js'
import {type StaticServer, serveStatic} from './server.js'

/** The built site on a local static server and a browser to visit it, for one test file. */
export interface Site {
  readonly server: StaticServer
  readonly browser: Browser
}

/** Start the site and the browser before the file's tests, and stop both after them. */
export function useSite(): Site {
  let server: StaticServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    server = await serveStatic()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return {
    get server() {
      if (!server) throw new Error('useSite(): the site is not started yet (use it inside a test)')
      return server
    },
    get browser() {
      if (!browser)
        throw new Error('useSite(): the browser is not started yet (use it inside a test)')
      return browser
    },
  }
}
