import {statSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {essayEntry} from './paths.js'

type Parser = typeof import('@tsuzuri/essay')
type Kinds = typeof import('@tsuzuri/essay/kinds')

/** Thrown when `@tsuzuri/essay` has no `dist/` yet. */
export class ParserMissingError extends Error {
  constructor() {
    super(
      '@tsuzuri/essay is not built yet: run `pnpm --filter @tsuzuri/essay build` (the root `pnpm dev` and `pnpm build` do it for you)',
    )
    this.name = 'ParserMissingError'
  }
}

/**
 * Import a built module of `@tsuzuri/essay` when a page is rendered, never when Vite loads the
 * site's config: so the dev server starts, and says what it waits for, before the parser is built.
 *
 * The URL carries the build's modification time, so that the dev server picks up a parser that
 * `tsup --watch` rebuilt without restarting.
 */
async function importEssay(subpath: '' | '/kinds'): Promise<unknown> {
  const entry = essayEntry(subpath)
  if (!entry) throw new ParserMissingError()
  const url = pathToFileURL(entry)
  url.searchParams.set('t', String(statSync(entry).mtimeMs))
  return import(/* @vite-ignore */ url.href)
}

/** Load the built `@tsuzuri/essay`. */
export async function loadParser(): Promise<Parser> {
  return (await importEssay('')) as Parser
}

/** Load the built `@tsuzuri/essay/kinds`: every kind, in the parser's order. */
export async function loadKinds(): Promise<Kinds> {
  return (await importEssay('/kinds')) as Kinds
}
