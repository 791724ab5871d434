import * as assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'

const check = fileURLToPath(new URL('./check.js', import.meta.url))
/** @param {string} chromePath */
const run = (chromePath) =>
  spawnSync(process.execPath, [check], {
    encoding: 'utf8',
    env: {...process.env, CHROME_PATH: chromePath},
  })

test('a missing browser stops `pnpm test` with one line saying how to install it', () => {
  const result = run('/nonexistent/chromium')
  assert.equal(result.status, 1)
  assert.equal(result.stdout, '')
  const lines = result.stderr.trim().split('\n')
  assert.equal(lines.length, 1)
  assert.match(lines[0] ?? '', /CHROME_PATH \(\/nonexistent\/chromium\) was not found/)
  assert.match(lines[0] ?? '', /apt-get install -y chromium/)
})

test('a file that is no browser is named as one that does not run', () => {
  const result = run(check)
  assert.equal(result.status, 1)
  assert.match(result.stderr, /does not run/)
})

test('the browser the tests use passes', () => {
  const result = run(process.env.CHROME_PATH || '/usr/bin/chromium')
  assert.equal(result.status, 0, result.stderr)
})
