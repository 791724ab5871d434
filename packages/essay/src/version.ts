import {createRequire} from 'node:module'

/** This package's version, from its package.json: one folder up from `src/` and from `dist/`. */
export const version: string = (
  createRequire(import.meta.url)('../package.json') as {version: string}
).version
