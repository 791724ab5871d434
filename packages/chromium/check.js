#!/usr/bin/env node
/**
 * `pnpm test` runs this first: the browser tests need Chromium, and without it Playwright fails
 * minutes in with a stack trace. This says in one line what is missing and how to get it, in
 * the first second.
 */
import {spawnSync} from 'node:child_process'
import {chromiumLaunchOptions} from './index.js'

const path = chromiumLaunchOptions.executablePath
const named = process.env.CHROME_PATH ? `CHROME_PATH (${path})` : path
const run = spawnSync(path, ['--version'], {encoding: 'utf8', timeout: 20_000})
if (run.error || run.status !== 0) {
  const why =
    run.error && 'code' in run.error && run.error.code === 'ENOENT'
      ? 'was not found'
      : `does not run (${run.error?.message ?? (run.stderr.trim().split('\n')[0] || `exit ${run.status}`)})`
  console.error(
    `pnpm test needs Chromium for its browser tests, and ${named} ${why}: install it (Debian or Ubuntu: \`apt-get install -y chromium\`) or set CHROME_PATH to a Chromium or Chrome binary.`,
  )
  process.exit(1)
}
