/** Launch options for Playwright's `chromium.launch()`: Debian's Chromium, network-quiet. */
export declare const chromiumLaunchOptions: {
  readonly executablePath: string
  readonly args: string[]
}
