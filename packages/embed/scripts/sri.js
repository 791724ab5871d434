#!/usr/bin/env node
/**
 * Subresource Integrity hashes of the CDN build, for a release's notes and for pages that pin the
 * files they load (see docs/element.md, “Integrity”). Run after `pnpm build`:
 *
 *     pnpm --filter @tsuzuri/embed sri              # `sha384-…  <file>` for every file in dist/cdn
 *     pnpm --filter @tsuzuri/embed sri <base URL>   # the HTML to paste: an import map and the script tag
 *
 * The hash of a file is `sha384-` and the base64 of its SHA-384 digest, what browsers check in
 * `integrity` attributes and import maps, and what
 * `openssl dgst -sha384 -binary <file> | openssl base64 -A` prints.
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const directory = new URL('../dist/cdn/', import.meta.url)

/** The `sha384-…` hash of some bytes. */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`
}

/** Every file of dist/cdn, by name, with its hash. */
export function hashes() {
  let files
  try {
    files = readdirSync(directory).sort()
  } catch {
    throw new Error('dist/cdn/ is missing: run `pnpm build` in packages/embed first')
  }
  return files.map((file) => ({file, integrity: integrity(readFileSync(new URL(file, directory)))}))
}

/**
 * What a page pastes to load the files from `base` (the folder's URL, ending in `/`): an import
 * map with the hash of each module the element imports, the script tag with the entry's, and the
 * `script-src` source that allows that import map under a Content-Security-Policy.
 */
export function html(base) {
  const modules = hashes().filter(({file}) => file.endsWith('.js'))
  const entry = modules.find(({file}) => file === 'tsuzuri-essay.js')
  const map = JSON.stringify(
    {
      integrity: Object.fromEntries(
        modules
          .filter((module) => module !== entry)
          .map(({file, integrity}) => [new URL(file, base).href, integrity]),
      ),
    },
    null,
    2,
  )
  const csp = `'sha256-${createHash('sha256').update(map).digest('base64')}'`
  return [
    `<!-- script-src needs ${csp} for this import map -->`,
    `<script type="importmap">${map}</script>`,
    `<script type="module" src="${new URL('tsuzuri-essay.js', base).href}" integrity="${entry?.integrity}" crossorigin="anonymous"></script>`,
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [base] = process.argv.slice(2)
  try {
    if (base) console.log(html(base.endsWith('/') ? base : `${base}/`))
    else for (const {file, integrity} of hashes()) console.log(`${integrity}  ${file}`)
  } catch (error) {
    console.error(error.message)
    process.exitCode = 1
  }
}
