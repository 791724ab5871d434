/**
 * The cache of `tsuzuri index`: for each input's content (and everything else its output depends
 * on), the summary, warnings and output the parser gave, so that a run over unchanged posts reads
 * them and hashes them, but parses nothing. Entries are files named by their key, written whole
 * or not at all; an entry that cannot be read or does not look right is a miss.
 */
import {createHash} from 'node:crypto'
import {constants} from 'node:fs'
import {lstat, open, readdir, readFile, stat} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {EssaySummary} from '../lib/collection/index.js'
import {isAttributionUrl} from '../lib/input/attribution-url.js'
import {isKind} from '../lib/kinds.js'
import type {EssayWarning} from '../lib/types.js'
import {displayPath} from './collect-inputs.js'
import type {IndexOptions} from './index-args.js'
import {readStart} from './output-target.js'
import {hasGeneratorMark} from './render-output.js'
import {writeFileAtomically} from './write-output.js'

/** Bumped when what an entry holds changes: older entries are then misses. */
const cacheFormat = 1
/** An entry larger than this is not one the CLI wrote. */
const maxEntrySize = 16 * 1024 * 1024

/** What the cache remembers of one input. */
export interface CacheEntry {
  summary: EssaySummary
  warnings: EssayWarning[]
  /** The output written for it: its size in bytes and SHA-256, to check that it is still there. */
  output: {size: number; sha256: string}
}

/** What the key of an input is made of, besides its text. */
export interface KeyParts {
  /** The CLI's version and build (see `toolVersion`): another may parse differently. */
  version: string
  /** How the text was read (`markdown`, `html`…) and `--lang`: both change the essay. */
  format: string
  lang: string | undefined
  maxTextLength: number
}

export function cacheKey(text: string, parts: KeyParts): string {
  const settings = [
    cacheFormat,
    parts.version,
    parts.format,
    parts.lang ?? null,
    parts.maxTextLength,
  ]
  return createHash('sha256')
    .update(JSON.stringify(settings))
    .update('\0')
    .update(text)
    .digest('hex')
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex')
}

function entryPath(folder: string, key: string): string {
  return join(folder, key.slice(0, 2), `${key}.json`)
}

/** The entry for `key`, if there is a sound one. */
export async function readCacheEntry(folder: string, key: string): Promise<CacheEntry | undefined> {
  try {
    const path = entryPath(folder, key)
    const info = await stat(path)
    if (!info.isFile() || info.size > maxEntrySize) return undefined
    const value: unknown = JSON.parse(await readFile(path, 'utf8'))
    return isEntry(value) ? value : undefined
  } catch {
    return undefined
  }
}

/**
 * Remember `entry` under `key`; throws when the cache folder cannot be written. A file already
 * there that tsuzuri did not write (`--cache` pointed at a folder of the user's) is left as it
 * is, and the entry is not kept: the cache only saves time, never at the cost of a file.
 */
export async function writeCacheEntry(folder: string, key: string, entry: CacheEntry) {
  const path = entryPath(folder, key)
  const info = await lstat(path).catch(() => undefined)
  if (info && !(info.isFile() && hasGeneratorMark((await readStart(path)) ?? ''))) return
  const content = JSON.stringify({$generator: 'tsuzuri index', cache: cacheFormat, ...entry})
  await writeFileAtomically(path, `${content}\n`)
}

/**
 * Whether the file at `path` is exactly the output an entry records (same size, same hash):
 * then it need not be written again. A link or anything but a file is not.
 */
export async function outputMatches(path: string, output: CacheEntry['output']): Promise<boolean> {
  const info = await lstat(path).catch(() => undefined)
  if (!info?.isFile() || info.size !== output.size) return false
  // Without waiting, in case the path turned into a pipe since it was looked at.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(
    () => undefined,
  )
  if (!handle) return false
  try {
    // The size matched: what is read is at most that, unless the file grows meanwhile.
    const bytes = Buffer.alloc(output.size)
    const {bytesRead} = await handle.read(bytes, 0, output.size, 0)
    return bytesRead === output.size && sha256(bytes) === output.sha256
  } catch {
    return false
  } finally {
    await handle.close().catch(() => {})
  }
}

/**
 * What tells this build of the CLI from any other: its version, and a hash of the code it runs
 * (the `.js` files next to this module, in `dist/`). A development build keeps its version
 * (0.0.0) while its code changes; a reinstall of the same files keeps the cache.
 */
export async function toolVersion(version: string): Promise<string> {
  const hash = createHash('sha256')
  const folder = dirname(fileURLToPath(import.meta.url))
  try {
    const names = (await readdir(folder)).filter((name) => name.endsWith('.js')).sort()
    for (const name of names)
      hash
        .update(name)
        .update('\0')
        .update(await readFile(join(folder, name)))
  } catch {
    // Unreadable: the version alone, as documented for a release.
  }
  return `${version}+${hash.digest('hex').slice(0, 16)}`
}

/**
 * The default cache folder: `node_modules/.cache/tsuzuri` in the nearest folder up from `cwd`
 * that has a `package.json` (the project), else in `cwd`.
 */
export async function defaultCacheFolder(cwd: string): Promise<string> {
  let folder = resolve(cwd)
  for (;;) {
    const info = await stat(join(folder, 'package.json')).catch(() => undefined)
    if (info?.isFile()) return join(folder, 'node_modules', '.cache', 'tsuzuri')
    const parent = dirname(folder)
    if (parent === folder) return join(resolve(cwd), 'node_modules', '.cache', 'tsuzuri')
    folder = parent
  }
}

export interface Cache {
  folder: string | undefined
  remember: (entry: {key: string; entry: CacheEntry}) => Promise<void>
}

/** The cache folder, if any; writing to it stops, with one line, at its first failure. */
export async function openCache(
  options: Pick<IndexOptions, 'cache'>,
  cwd: string,
  say: (line: string) => void,
): Promise<Cache> {
  if (options.cache === false) return {folder: undefined, remember: async () => {}}
  const folder =
    options.cache === undefined ? await defaultCacheFolder(cwd) : resolve(cwd, options.cache)
  let writable = true
  return {
    folder,
    async remember({key, entry}) {
      if (!writable) return
      try {
        await writeCacheEntry(folder, key, entry)
      } catch (error) {
        if (!writable) return
        writable = false
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
        say(
          `cannot write the cache in ${displayPath(cwd, folder)} (${code}): going on without it; give another --cache, or --no-cache`,
        )
      }
    },
  }
}

function isEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value) || value.cache !== cacheFormat) return false
  const {summary, warnings, output} = value
  return (
    isRecord(output) &&
    typeof output.size === 'number' &&
    typeof output.sha256 === 'string' &&
    Array.isArray(warnings) &&
    warnings.every((warning) => isRecord(warning) && typeof warning.message === 'string') &&
    isSummary(summary)
  )
}

/** What goes into `collection.json` from an entry is checked as if it came from outside. */
function isSummary(value: unknown): value is EssaySummary {
  if (!isRecord(value) || typeof value.lang !== 'string' || !isRecord(value.kinds)) return false
  const texts = [value.title, value.author, value.date, value.slug]
  if (!texts.every((text) => text === null || typeof text === 'string')) return false
  if (value.url !== null && !isAttributionUrl(value.url)) return false
  if (!Array.isArray(value.tags) || !value.tags.every((tag) => typeof tag === 'string')) {
    return false
  }
  return Object.entries(value.kinds).every(
    ([kind, sections]) => isKind(kind) && Array.isArray(sections) && sections.every(isSection),
  )
}

function isSection(value: unknown): boolean {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.text !== 'string') {
    return false
  }
  if (value.heading !== null && typeof value.heading !== 'string') return false
  if (value.items === undefined) return true
  return (
    Array.isArray(value.items) &&
    value.items.every(
      (item) =>
        isRecord(item) &&
        typeof item.title === 'string' &&
        typeof item.text === 'string' &&
        typeof item.section === 'string',
    )
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
