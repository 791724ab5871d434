import {statSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {essayEntry} from './paths.js'

type Parser = typeof import('@tsuzuri/essay')

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
 * Load the built `@tsuzuri/essay`.
 *
 * The URL carries the build's modification time, so that the dev server picks up a parser that
 * `tsup --watch` rebuilt without restarting.
 */
export async function loadParser(): Promise<Parser> {
  const entry = essayEntry()
  if (!entry) throw new ParserMissingError()
  const url = pathToFileURL(entry)
  url.searchParams.set('t', String(statSync(entry).mtimeMs))
  return (await import(/* @vite-ignore */ url.href)) as Parser
}
