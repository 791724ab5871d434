/**
 * The consumer test: pack both public packages, install the tarballs with npm into a scratch
 * project outside the workspace (their dependencies come from the registry), and use them there
 * the four ways people will: from Node, from the command line, from a CDN `<script>` in Chromium,
 * and from TypeScript.
 */
import {spawn} from 'node:child_process'
import {createReadStream} from 'node:fs'
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import {createRequire} from 'node:module'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromiumLaunchOptions} from '@tsuzuri/chromium'
import {chromium} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const repoRoot = path.resolve(packageRoot, '../..')
const fixtures = path.join(packageRoot, 'fixtures')
const results = path.join(packageRoot, 'test-results')

/** The published packages, by folder. */
const published = ['essay', 'embed'] as const
type Published = (typeof published)[number]

interface Packed {
  /** The `.tgz` `pnpm pack` wrote. */
  tarball: string
  /** Paths inside the tarball, `package/` stripped. */
  files: string[]
  /** The packed `package.json`. */
  manifest: Manifest
}

interface Manifest {
  name: string
  version: string
  dependencies?: Record<string, string>
  [key: string]: unknown
}

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** npm settings from the environment that say how to reach the registry: kept. */
const registrySettings =
  /^npm_config_(registry|@[^:]+:registry|proxy|https_proxy|noproxy|cafile|strict_ssl|cache|userconfig)$/i

/**
 * The environment for every command: none of the `npm_*` variables that the `pnpm run` this test
 * runs under sets, and no workspace `node_modules/.bin` on the `PATH`, so the scratch project sees
 * only what it installed.
 */
const env: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env)
    .filter(
      ([key]) => registrySettings.test(key) || (!/^(npm|pnpm)_/i.test(key) && key !== 'INIT_CWD'),
    )
    .map(([key, value]) =>
      key === 'PATH'
        ? [
            key,
            value
              ?.split(path.delimiter)
              .filter((entry) => !path.resolve(entry).startsWith(repoRoot + path.sep))
              .join(path.delimiter),
          ]
        : [key, value],
    ),
)

const timings: [string, number][] = []
const packed = {} as Record<Published, Packed>
let scratch = ''
let project = ''

/** Run a command to completion; never throws for a non-zero exit. */
function run(command: string, args: readonly string[], cwd: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd, env, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

/** Run a command that must succeed; its standard output. */
async function must(command: string, args: readonly string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd)
  if (result.code !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` in ${cwd} exited with ${result.code}\n${result.stdout}\n${result.stderr}`,
    )
  }
  return result.stdout
}

async function timed<T>(label: string, task: () => Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await task()
  } finally {
    timings.push([label, performance.now() - start])
  }
}

/** Pack one package with pnpm (which turns `workspace:*` into a version) and read the tarball. */
async function pack(name: Published): Promise<Packed> {
  const destination = path.join(scratch, 'tarballs', name)
  await must(
    'pnpm',
    ['pack', '--pack-destination', destination],
    path.join(repoRoot, 'packages', name),
  )
  const tarballs = (await readdir(destination)).filter((file) => file.endsWith('.tgz'))
  expect(tarballs).toHaveLength(1)
  const tarball = path.join(destination, tarballs[0] as string)
  const files = (await must('tar', ['-tzf', tarball], destination))
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ''))
  const manifest = JSON.parse(
    await must('tar', ['-xzOf', tarball, 'package/package.json'], destination),
  ) as Manifest
  return {tarball, files, manifest}
}

beforeAll(async () => {
  scratch = await realpath(await mkdtemp(path.join(tmpdir(), 'tsuzuri-consumer-')))
  project = path.join(scratch, 'project')
  await mkdir(project, {recursive: true})
  await mkdir(results, {recursive: true})

  for (const name of published) {
    packed[name] = await timed(`pnpm pack @tsuzuri/${name}`, () => pack(name))
  }

  await writeFile(
    path.join(project, 'package.json'),
    `${JSON.stringify({name: 'tsuzuri-consumer', version: '1.0.0', private: true, type: 'module'}, null, 2)}\n`,
  )
  await timed('npm install (tarballs + registry dependencies)', () =>
    must(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        packed.essay.tarball,
        packed.embed.tarball,
      ],
      project,
    ),
  )
  for (const file of await readdir(fixtures)) {
    await copyFile(path.join(fixtures, file), path.join(project, file))
  }
})

afterAll(async () => {
  const total = timings.reduce((sum, [, ms]) => sum + ms, 0)
  console.log(
    [
      'consumer test timings:',
      ...timings.map(([label, ms]) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${label}`),
      `  ${(total / 1000).toFixed(1).padStart(6)} s  total of the steps above`,
    ].join('\n'),
  )
  if (scratch && !process.env.TSUZURI_KEEP_SCRATCH)
    await rm(scratch, {recursive: true, force: true})
  else if (scratch) console.log(`scratch project kept in ${project}`)
})

describe('the packed tarballs', () => {
  it('should have no `workspace:` protocol left in either packed package.json', () => {
    for (const name of published) {
      expect(JSON.stringify(packed[name].manifest), name).not.toContain('workspace:')
    }
  })

  it('should make @tsuzuri/embed depend on the version of @tsuzuri/essay being released', () => {
    const version = packed.essay.manifest.version
    const range = packed.embed.manifest.dependencies?.['@tsuzuri/essay']
    expect([version, `^${version}`, `~${version}`]).toContain(range)
  })

  it('should ship the README, the LICENSE and the built files, and no sources or source maps', () => {
    const required: Record<Published, string[]> = {
      essay: ['bin/tsuzuri.js', 'dist/cli.js', 'dist/cli.d.ts'],
      embed: [
        'custom-elements.json',
        'dist/cdn/tsuzuri-essay.js',
        'dist/cdn/tsuzuri-essay-parser.js',
        'dist/cdn/tsuzuri-essay-entities.js',
        'dist/cdn/tsuzuri-essay-ja.js',
        'dist/tsuzuri-essay/tsuzuri-essay.d.ts',
        'dist/tsuzuri-essay/tsuzuri-essay.component.js',
        'dist/tsuzuri-essay/tsuzuri-essay.component.d.ts',
      ],
    }
    for (const name of published) {
      const {files} = packed[name]
      const expected = [
        'package.json',
        'README.md',
        'LICENSE',
        'dist/index.js',
        'dist/index.d.ts',
        ...required[name],
      ]
      const missing = expected.filter((file) => !files.includes(file))
      expect(missing, `missing from the @tsuzuri/${name} tarball`).toEqual([])
      const unwanted = files.filter(
        (file) => /^(src|test|bench|scripts)\//.test(file) || /\.(map|tsbuildinfo)$/.test(file),
      )
      expect(unwanted, `in the @tsuzuri/${name} tarball but should not be`).toEqual([])
    }
  })

  it('should have a README with a title that names the package (the registry page)', async () => {
    for (const name of published) {
      const readme = await must(
        'tar',
        ['-xzOf', packed[name].tarball, 'package/README.md'],
        scratch,
      ).catch(() => '')
      expect(readme, `README.md of @tsuzuri/${name}`).toMatch(/^# \S/)
      expect(readme, `README.md of @tsuzuri/${name}`).toContain(`@tsuzuri/${name}`)
    }
  })

  it('should install from the tarballs into the scratch project, not link to the workspace', async () => {
    for (const name of published) {
      const installed = await realpath(path.join(project, 'node_modules/@tsuzuri', name))
      expect(installed.startsWith(project + path.sep), installed).toBe(true)
    }
    // Dependencies came from the registry.
    expect((await stat(path.join(project, 'node_modules/lit/package.json'))).isFile()).toBe(true)
    expect((await stat(path.join(project, 'node_modules/vfile/package.json'))).isFile()).toBe(true)
    // `unified` is installed for the types (`remarkEssay` is typed as unified's `Plugin`, as the
    // collective's plugins are); micromark is bundled (with its patch for lazy lines), so no
    // unpatched copy is installed beside it.
    expect((await stat(path.join(project, 'node_modules/unified/package.json'))).isFile()).toBe(
      true,
    )
    for (const absent of ['micromark']) {
      await expect(stat(path.join(project, 'node_modules', absent)), absent).rejects.toThrow(
        /ENOENT/,
      )
    }
  })
})

describe('(a) Node', () => {
  it('should import `parseEssay` from @tsuzuri/essay by name and parse a sample', async () => {
    const stdout = await timed('(a) node parse.mjs', () =>
      must(process.execPath, ['parse.mjs', 'back-to-work.md'], project),
    )
    const output = JSON.parse(stdout) as {
      resolved: string
      kinds: string[]
      title: string
      lang: string
      sectionKinds: string[]
      strategies: string[]
    }
    expect(fileURLToPath(output.resolved).startsWith(project + path.sep)).toBe(true)
    expect(output.kinds).toContain('strategies')
    expect(output.title).toBe('Back to work after a year at home')
    expect(output.lang).toBe('en')
    expect(output.sectionKinds).toEqual(
      expect.arrayContaining(['experience', 'feelings', 'strategies']),
    )
    expect(output.strategies).toEqual([
      'Write your own handover note',
      'Book a weekly check-in',
      'Keep one evening a week free',
    ])
  })

  it('should also load with `require()` from CommonJS (require(esm), Node ≥ 20.19)', async () => {
    const result = await run(process.execPath, ['require.cjs'], project)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toContain('strategies')
  })
})

describe('(b) CLI', () => {
  it('should run `npx tsuzuri parse` on a file and print the essay as JSON', async () => {
    const bin = await realpath(path.join(project, 'node_modules/.bin/tsuzuri'))
    expect(bin.startsWith(project + path.sep), bin).toBe(true)
    const stdout = await timed('(b) npx tsuzuri parse', () =>
      must('npx', ['--no', '--', 'tsuzuri', 'parse', 'ikukyu-ake.md'], project),
    )
    const essay = JSON.parse(stdout) as {
      title: string
      lang: string
      sections: {kind: string; items?: {title: string}[]}[]
    }
    expect(essay.title).toBe('育休明けの一年目')
    expect(essay.lang).toBe('ja')
    const strategies = essay.sections.find((section) => section.kind === 'strategies')
    expect(strategies?.items?.map((item) => item.title)).toEqual([
      '朝の支度を前の晩に済ませる',
      '上司と週に一度話す時間をもらう',
      '週に一晩は何も予定を入れない',
    ])
  })

  it('should print its version from the installed package.json', async () => {
    const stdout = await must('npx', ['--no', '--', 'tsuzuri', '--version'], project)
    expect(stdout.trim()).toBe(packed.essay.manifest.version)
  })
})

describe('(c) CDN build in Chromium', () => {
  it('should render `<tsuzuri-essay>` from dist/cdn/tsuzuri-essay.js on a plain HTML page', async () => {
    const cdn = path.join(project, 'node_modules/@tsuzuri/embed/dist/cdn')
    const server = await serve(
      {'/': path.join(project, 'page.html')},
      {'/cdn/': cdn, '/essays/': fixtures},
    )
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const start = performance.now()
    const browser = await chromium.launch(chromiumLaunchOptions)
    try {
      const page = await browser.newPage({viewport: {width: 900, height: 1000}})
      const problems: string[] = []
      const requests: string[] = []
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
      })
      page.on('request', (request) => requests.push(request.url()))
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`))
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
      })

      await page.goto(`${origin}/`)
      const defined = await page
        .waitForFunction(() => customElements.get('tsuzuri-essay') !== undefined, null, {
          timeout: 15_000,
        })
        .then(
          () => true,
          () => false,
        )
      expect(
        defined,
        `loading dist/cdn/tsuzuri-essay.js did not define <tsuzuri-essay> (${problems.join('; ') || 'no errors'})`,
      ).toBe(true)
      const settled = await page
        .waitForFunction(
          () => {
            const state = (window as unknown as {tsuzuri: PageState}).tsuzuri
            return state.loaded.length + state.errors.length >= 2
          },
          null,
          {timeout: 30_000},
        )
        .then(
          () => true,
          () => false,
        )
      const state = await page.evaluate(() => (window as unknown as {tsuzuri: PageState}).tsuzuri)
      expect(
        settled,
        `tsuzuri-load or tsuzuri-error for both elements: ${JSON.stringify(state)}`,
      ).toBe(true)
      expect(state.errors).toEqual([])
      expect([...state.loaded].sort()).toEqual(['from-src', 'inline'])

      // Tabs: a reader selects “Strategies” and sees the strategies of the essay from `src`.
      const fromSrc = page.locator('#from-src')
      const tab = fromSrc.getByRole('tab', {name: /Strategies/})
      await tab.click()
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true')
      await expect
        .poll(() => fromSrc.getByText('Book a weekly check-in').first().isVisible())
        .toBe(true)

      // Stack, in Japanese, from an inline `<script type="text/markdown">`: only strategies.
      const inline = page.locator('#inline')
      await expect
        .poll(() => inline.getByText('上司と週に一度話す時間をもらう').first().isVisible())
        .toBe(true)
      expect(await inline.getByText('頼りにしていた先輩は異動していました').count()).toBe(0)

      await page.screenshot({path: path.join(results, 'cdn-page.png'), fullPage: true})
      expect(problems).toEqual([])
      // Self-contained: nothing but the page, the CDN files (the Japanese profile for the
      // Japanese essay) and the essay was fetched.
      expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([])
      expect(requests).toEqual(
        expect.arrayContaining([
          `${origin}/cdn/tsuzuri-essay.js`,
          `${origin}/cdn/tsuzuri-essay-parser.js`,
          `${origin}/cdn/tsuzuri-essay-ja.js`,
          `${origin}/essays/back-to-work.md`,
        ]),
      )
    } finally {
      await browser.close()
      server.close()
      timings.push(['(c) Chromium: launch, load, render, click', performance.now() - start])
    }
  })
})

describe('(d) TypeScript', () => {
  const tsc = createRequire(path.join(repoRoot, 'package.json')).resolve('typescript/bin/tsc')
  const options = ['--noEmit', '--strict', '--pretty', 'false', '--target', 'es2022']
  const nodenext = ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom']

  it('should type-check a program that uses both packages’ types (nodenext)', async () => {
    const result = await timed('(d) tsc consumer.ts (nodenext)', () =>
      run(process.execPath, [tsc, ...options, ...nodenext, 'consumer.ts'], project),
    )
    expect(result.stdout + result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('should type-check the same program with `moduleResolution: bundler`', async () => {
    const bundler = ['--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom']
    const result = await timed('(d) tsc consumer.ts (bundler)', () =>
      run(process.execPath, [tsc, ...options, ...bundler, 'consumer.ts'], project),
    )
    expect(result.stdout + result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('should type-check it with the oldest TypeScript we support (5.1), node16 and bundler', async () => {
    // 5.0 fails on the declarations of vfile (a dependency), which need 5.1, unless
    // `skipLibCheck` is on. Installed next to the project, not into it, so the project keeps only
    // our two packages.
    const oldest = path.join(scratch, 'typescript-5.1')
    await timed('(d) npm install typescript@5.1', () =>
      must(
        'npm',
        [
          'install',
          '--no-audit',
          '--no-fund',
          '--loglevel=error',
          '--prefix',
          oldest,
          'typescript@5.1',
        ],
        scratch,
      ),
    )
    const tsc51 = path.join(oldest, 'node_modules/typescript/bin/tsc')
    for (const resolution of [
      ['--module', 'node16', '--moduleResolution', 'node16'],
      ['--module', 'esnext', '--moduleResolution', 'bundler'],
    ]) {
      const result = await timed(`(d) tsc 5.1 consumer.ts (${resolution[3]})`, () =>
        run(
          process.execPath,
          [tsc51, ...options, ...resolution, '--lib', 'es2022,dom', 'consumer.ts'],
          project,
        ),
      )
      expect(result.stdout + result.stderr, resolution[3]).toBe('')
      expect(result.code).toBe(0)
    }
  })

  it('should reject wrong uses of those types, each with the expected error', async () => {
    const source = await readFile(path.join(project, 'wrong.ts'), 'utf8')
    const expected = source
      .split('\n')
      .flatMap((line, index) => {
        const match = /\/\/ error: (TS\d+)$/.exec(line)
        return match ? [`${index + 1} ${match[1]}`] : []
      })
      .sort()
    expect(expected.length).toBeGreaterThan(0)
    const result = await timed('(d) tsc wrong.ts (must fail)', () =>
      run(process.execPath, [tsc, ...options, ...nodenext, 'wrong.ts'], project),
    )
    const actual = [...result.stdout.matchAll(/^wrong\.ts\((\d+),\d+\): error (TS\d+)/gm)]
      .map((match) => `${match[1]} ${match[2]}`)
      .sort()
    expect(result.code).not.toBe(0)
    expect(actual, result.stdout).toEqual(expected)
  })
})

/** What page.html records. */
interface PageState {
  loaded: string[]
  errors: unknown[]
}

/**
 * Serve files on 127.0.0.1 (random port): `files` maps a path to a file, `folders` a path prefix
 * (ending in `/`) to a folder. Markdown is served as `text/markdown`.
 */
async function serve(
  files: Record<string, string>,
  folders: Record<string, string>,
): Promise<Server> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.md': 'text/markdown; charset=utf-8',
  }
  const find = (pathname: string): string | undefined => {
    if (Object.hasOwn(files, pathname)) return files[pathname]
    for (const [prefix, folder] of Object.entries(folders)) {
      if (!pathname.startsWith(prefix)) continue
      const file = path.resolve(folder, `.${pathname.slice(prefix.length - 1)}`)
      if (file.startsWith(folder + path.sep)) return file
    }
    return undefined
  }
  const server = createServer(async (request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://127.0.0.1')
    const file = find(decodeURIComponent(pathname))
    const type = file ? types[path.extname(file)] : undefined
    if (
      !file ||
      !type ||
      !(await stat(file).then(
        (info) => info.isFile(),
        () => false,
      ))
    ) {
      response.writeHead(pathname === '/favicon.ico' ? 204 : 404).end()
      return
    }
    response.writeHead(200, {'content-type': type})
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}
