import {readdirSync, readFileSync} from 'node:fs'
import type {IncomingMessage, ServerResponse} from 'node:http'
import {join} from 'node:path'
import {corpusDirectory} from '@tsuzuri/corpus'
import {parseEssay} from '@tsuzuri/essay'
import {characterEntities} from 'character-entities'
import type {Plugin} from 'vitest/config'
import {hostileEssay} from './hostile.js'
import {hostileCollection} from './hostile-collection.js'
import {noReferencesEssay, referencesEssay} from './references.js'

/** Routes the component tests fetch, as a real server would answer them. */
export function route(path: string): {status: number; type: string; body: string} | undefined {
  const [, kind, name = ''] = /^\/__fixtures\/([^/]+)\/?(.*)$/.exec(path) ?? []
  if (kind === 'corpus' && name === '') {
    const files = readdirSync(corpusDirectory).filter((file) => /\.(?:md|txt)$/.test(file))
    return {status: 200, type: 'application/json', body: JSON.stringify(files.sort())}
  }
  if (kind === 'corpus' || kind === 'json') {
    if (!/^[\w-]+\.(?:md|txt)$/.test(name)) return undefined
    const text = readFileSync(join(corpusDirectory, name), 'utf8')
    if (kind === 'json')
      return {status: 200, type: 'application/json', body: JSON.stringify(parseEssay(text))}
    const type = name.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8'
    return {status: 200, type, body: text}
  }
  // JSON served as text/plain, as raw.githubusercontent.com does: an essay (after a byte order
  // mark and a blank line), or a `.json` file that is not an essay.
  if (kind === 'as-text' && /^[\w-]+\.md$/.test(name)) {
    const essay = parseEssay(readFileSync(join(corpusDirectory, name), 'utf8'))
    return {
      status: 200,
      type: 'text/plain; charset=utf-8',
      body: `\uFEFF\n${JSON.stringify(essay)}`,
    }
  }
  if (kind === 'as-text' && name === 'list.json')
    return {status: 200, type: 'text/plain; charset=utf-8', body: '["not", "an essay"]'}
  if (kind === 'status') return {status: Number(name), type: 'text/plain', body: 'nope'}
  // A page with no article (a home page of links), and saved blog pages (the parser's fixtures).
  if (kind === 'page')
    return {
      status: 200,
      type: 'text/html',
      body: '<!doctype html><title>Home</title><nav><a href="/">Home</a> <a href="/about">About</a></nav>',
    }
  if (kind === 'html' && /^[\w-]+\.html$/.test(name)) {
    const body = readFileSync(
      new URL(`../../essay/test/html-pages/${name}`, import.meta.url),
      'utf8',
    )
    return {status: 200, type: 'text/html; charset=utf-8', body}
  }
  if (kind === 'bad-json') return {status: 200, type: 'application/json', body: '{"sections": ['}
  if (kind === 'not-essay')
    return {status: 200, type: 'application/json', body: '{"hello": "world"}'}
  if (kind === 'references' && name === 'all') {
    // Every name of the CDN build's table, and a few that are not names, as Node parses them.
    const names = [...Object.keys(characterEntities), 'notit', 'ampx', 'Amp', 'foo']
    const text = `# All names\n\n${names.map((name) => `&${name};`).join(' ')}\n`
    return {
      status: 200,
      type: 'application/json',
      body: JSON.stringify({text, essay: parseEssay(text)}),
    }
  }
  if (kind === 'references' && (name === 'with' || name === 'without')) {
    const essay = parseEssay(name === 'with' ? referencesEssay : noReferencesEssay)
    return {status: 200, type: 'application/json', body: JSON.stringify(essay)}
  }
  if (kind === 'hostile')
    return {status: 200, type: 'application/json', body: JSON.stringify(hostileEssay)}
  // <tsuzuri-digest>: the collection fixture (`tsuzuri index` on six corpus essays, trimmed),
  // the same as version 2, served as text/plain, and a hostile collection.
  if (kind === 'collection') {
    const fixture = readFileSync(
      new URL('./fixtures/collection/collection.json', import.meta.url),
      'utf8',
    )
    if (name === 'collection.json') return {status: 200, type: 'application/json', body: fixture}
    if (name === 'as-text')
      return {status: 200, type: 'text/plain; charset=utf-8', body: `\uFEFF${fixture}`}
    if (name === 'v2.json')
      return {
        status: 200,
        type: 'application/json',
        body: JSON.stringify({...JSON.parse(fixture), version: 2}),
      }
    if (name === 'hostile.json')
      return {status: 200, type: 'application/json', body: JSON.stringify(hostileCollection)}
  }
  return undefined
}

/**
 * A Vite plugin serving `/__fixtures/…` to the browser tests: corpus essays as Markdown or text
 * (`corpus/<file>`), as the JSON `tsuzuri parse` writes (`json/<file>`; as text/plain:
 * `as-text/<file>`), HTTP errors (`status/<code>`), an HTML page, broken and foreign JSON (also
 * `as-text/list.json`), saved blog pages (`html/<file>`, the parser's `test/html-pages`), a hostile essay, the essays of `references.ts` as `parseEssay` in Node
 * parses them (`references/with`, `references/without`), and every name of the table with what
 * Node parses from them (`references/all`), and collections for `<tsuzuri-digest>`
 * (`collection/collection.json`, as text/plain `collection/as-text`, `collection/v2.json`,
 * `collection/hostile.json`). `?delay=<ms>` answers late.
 */
export function fixtureServer(): Plugin {
  return {
    name: 'tsuzuri-fixtures',
    configureServer(server) {
      server.middlewares.use(
        (request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const url = new URL(request.url ?? '/', 'http://localhost')
          const answer = route(url.pathname)
          if (!answer) return next()
          setTimeout(
            () => {
              if (response.destroyed) return
              response.writeHead(answer.status, {
                'content-type': answer.type,
                'cache-control': 'no-store',
              })
              response.end(answer.body)
            },
            Number(url.searchParams.get('delay') ?? 0),
          )
        },
      )
    },
  }
}
