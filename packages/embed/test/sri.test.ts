import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

// `pnpm sri` prints the hashes a release's notes give and pages put in `integrity`; browsers
// accepting them is checked in test/page/site-settings.test.ts.

const script = fileURLToPath(new URL('../scripts/sri.js', import.meta.url))
const cdn = new URL('../dist/cdn/', import.meta.url)
const run = (...args: string[]) =>
  execFileSync(process.execPath, [script, ...args], {encoding: 'utf8'})

/** The SHA-384 of a file of dist/cdn, as `openssl dgst -sha384 -binary | openssl base64 -A`. */
const sha384 = (file: string) =>
  createHash('sha384')
    .update(readFileSync(new URL(file, cdn)))
    .digest('base64')

describe('scripts/sri.js', () => {
  it('should print `sha384-<hash>  <file>` for every file in dist/cdn, matching the file', () => {
    if (!existsSync(cdn)) throw new Error('Build the package first: dist/cdn/ is missing')
    const lines = run().trimEnd().split('\n')
    const files = readdirSync(cdn).sort()
    expect(files).toContain('tsuzuri-essay.js')
    expect(files).toContain('tsuzuri-essay-parser.js')
    expect(lines).toEqual(files.map((file) => `sha384-${sha384(file)}  ${file}`))
  })

  it('should write an import map and a script tag for the files at a base URL', () => {
    const base = 'https://cdn.jsdelivr.net/npm/@tsuzuri/embed@0.1.0/dist/cdn/'
    const output = run(base.slice(0, -1))
    const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(output)?.[1] ?? ''
    const modules = readdirSync(cdn).filter(
      (file) => file.endsWith('.js') && file !== 'tsuzuri-essay.js',
    )
    expect(JSON.parse(map)).toEqual({
      integrity: Object.fromEntries(
        modules.map((file) => [`${base}${file}`, `sha384-${sha384(file)}`]),
      ),
    })
    expect(output).toContain(
      `<script type="module" src="${base}tsuzuri-essay.js" integrity="sha384-${sha384('tsuzuri-essay.js')}" crossorigin="anonymous"></script>`,
    )
    // The source a Content-Security-Policy's script-src needs for that inline import map.
    const source = `'sha256-${createHash('sha256').update(map).digest('base64')}'`
    expect(output).toContain(`script-src needs ${source}`)
  })
})
