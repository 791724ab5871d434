import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bin} from './cli-run.js'

/** Pages served on 127.0.0.1: nothing in these tests reaches the internet. */
const page = `<!doctype html><html lang="en"><head><title>Back at work</title></head><body>
<article><h1>Back at work</h1><p>I went back in March. This is what happened.</p>
<h2>What happened</h2><p>My desk had moved. My clients were someone else's.</p>
<h2>How it felt</h2><p>I felt invisible, and angry that I felt it.</p></article></body></html>`

const agents: string[] = []
const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/2026/03/back-to-work/': (request, response) => {
    agents.push(String(request.headers['user-agent']))
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page)
  },
  '/missing': (_, response) => response.writeHead(404).end('no'),
  '/photo.png': (_, response) =>
    response.writeHead(200, {'content-type': 'image/png'}).end(Buffer.from([137, 80, 78, 71])),
  '/loop': (_, response) => response.writeHead(302, {location: '/loop'}).end(),
  '/to-ftp': (_, response) => response.writeHead(301, {location: 'ftp://127.0.0.1/post'}).end(),
  '/moved': (_, response) => response.writeHead(301, {location: '/2026/03/back-to-work/'}).end(),
  '/slow': () => {},
  '/huge': (_, response) => {
    response.writeHead(200, {'content-type': 'text/plain'})
    response.end('x'.repeat(2 * 1024 * 1024))
  },
  '/sjis': (_, response) =>
    response
      .writeHead(200, {'content-type': 'text/html; charset=Shift_JIS'})
      .end(readFileSync(new URL('./html-pages/shift-jis.html', import.meta.url))),
}

let base = ''
const server = createServer((request, response) => {
  const route = routes[new URL(request.url ?? '/', 'http://x').pathname]
  if (route) route(request, response)
  else response.writeHead(404).end()
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

/** The CLI, run without blocking this process (which serves the pages). */
function run(args: string[]): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

describe('tsuzuri parse <url>', () => {
  it('should fetch a post, name its output after the last path segment, and say who asks', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tsuzuri-url-'))
    const result = await run(['parse', `${base}/2026/03/back-to-work/`, '--out', out])
    expect(result.stderr).toContain(`${base}/2026/03/back-to-work/ -> `)
    expect(result.code).toBe(0)
    expect(readdirSync(out)).toEqual(['back-to-work.json'])
    const essay = JSON.parse(readFileSync(join(out, 'back-to-work.json'), 'utf8'))
    expect(essay.title).toBe('Back at work')
    expect(essay.sections.map((section: {kind: string}) => section.kind)).toEqual([
      'intro',
      'experience',
      'feelings',
    ])
    expect(agents.at(-1)).toMatch(/^tsuzuri\/\S+ /)
  })

  it('should give one clear line per failure, exit 1, and still write the other inputs', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tsuzuri-url-'))
    const urls = ['/missing', '/photo.png', '/loop', '/to-ftp', '/moved'].map((path) => base + path)
    const result = await run(['parse', ...urls, 'file:///etc/passwd', '--out', out])
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toEqual([
      `tsuzuri: [1/6] ${base}/missing: HTTP 404`,
      `tsuzuri: [2/6] ${base}/photo.png: not an HTML or text page (image/png)`,
      `tsuzuri: [3/6] ${base}/loop: redirected more than 5 times: open it in a browser`,
      `tsuzuri: [4/6] ${base}/to-ftp: redirects to ftp:, which is not read: only http: and https:`,
      `tsuzuri: [5/6] ${base}/moved -> ${join(out, 'moved.json')}`,
      'tsuzuri: [6/6] file:///etc/passwd: only http: and https: addresses can be read, not file:',
      'tsuzuri: 1 parsed, 0 with warnings, 5 failed',
    ])
    expect(readdirSync(out)).toEqual(['moved.json'])
  })

  it('should give up on a page past --timeout, and on one past --max-size', async () => {
    const slow = await run(['parse', `${base}/slow`, '--timeout', '500ms'])
    expect(slow.stderr).toBe(
      `tsuzuri: ${base}/slow: timed out after 500 ms\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n`,
    )
    const huge = await run(['parse', `${base}/huge`, '--max-size', '1mb'])
    expect(huge.stderr).toContain(`${base}/huge: is over the 1 MB limit: raise it with --max-size`)
    expect(huge.stdout).toBe('')
  })

  it('should decode a page in the charset of its Content-Type (Shift_JIS)', async () => {
    const {code, stdout} = await run(['parse', `${base}/sjis`])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).title).toBe('職場に戻った春')
  })
})
