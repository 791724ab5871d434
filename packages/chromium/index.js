/**
 * Launch options for Playwright's `chromium.launch()`: Debian's Chromium at /usr/bin/chromium
 * (or the browser named by `CHROME_PATH`), never a browser a tool downloads, and quiet about the
 * network this machine cannot reach (without these flags Chromium keeps calling home).
 */
export const chromiumLaunchOptions = Object.freeze({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: Object.freeze([
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ]),
})
