import {randomBytes} from 'node:crypto'
import {type FileHandle, open, unlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {FacetCounter} from '../lib/collection/facets.js'
import {preferredId, uniqueIds} from '../lib/collection/ids.js'
import type {CollectionFacets, NamedSummary} from '../lib/collection/index.js'
import {releaseTemporaryFile, trackTemporaryFile} from './temporary-files.js'

interface Spooled {
  offset: number
  length: number
  /** The id the essay asks for, made unique once every essay is in. */
  preferred: string
  file: string | null
}

/**
 * The essays of a collection as `tsuzuri index` gathers them, kept on disk instead of in
 * memory: each summary is appended to a temporary file as soon as its post is parsed, and only
 * what the ids and facets need stays here. Memory then stays flat however many posts there are
 * (measured in `bench/index.js`); `lines` reads them back in input order, whatever order they
 * finished in, as `assembleCollection` would give them.
 */
export class SummarySpool {
  readonly #path: string
  readonly #handle: FileHandle
  readonly #entries: Array<Spooled | undefined> = []
  readonly #facets = new FacetCounter()
  #size = 0

  private constructor(path: string, handle: FileHandle) {
    this.#path = path
    this.#handle = handle
  }

  /** A new spool in the system's temporary folder (created exclusively: never another file). */
  static async open(): Promise<SummarySpool> {
    const path = join(tmpdir(), `tsuzuri-summaries-${randomBytes(6).toString('hex')}.tmp`)
    trackTemporaryFile(path)
    try {
      return new SummarySpool(path, await open(path, 'wx+'))
    } catch (error) {
      releaseTemporaryFile(path)
      throw error
    }
  }

  /** Keep the summary of input number `index`. */
  async add(index: number, {summary, name, file}: NamedSummary): Promise<void> {
    const {slug, ...rest} = summary
    const bytes = Buffer.from(JSON.stringify(rest))
    // The place is taken before the write: adds in flight together never overlap.
    const offset = this.#size
    this.#size += bytes.length
    await this.#handle.write(bytes, 0, bytes.length, offset)
    this.#entries[index] = {
      offset,
      length: bytes.length,
      preferred: preferredId(slug, name, summary.title),
      file: file ?? null,
    }
    this.#facets.add(rest)
  }

  /** How many essays it holds. */
  get count(): number {
    return this.#entries.filter(Boolean).length
  }

  facets(): CollectionFacets {
    return this.#facets.facets()
  }

  /** Each essay as one line of JSON (`{"id":…,"file":…,…}`), in input order. */
  async *lines(): AsyncGenerator<string> {
    const entries = this.#entries.filter((entry): entry is Spooled => entry !== undefined)
    const ids = uniqueIds(entries.map((entry) => entry.preferred))
    for (const [order, entry] of entries.entries()) {
      const bytes = Buffer.alloc(entry.length)
      await this.#handle.read(bytes, 0, entry.length, entry.offset)
      const rest = bytes.toString('utf8')
      const head = `{"id":${JSON.stringify(ids[order])},"file":${JSON.stringify(entry.file)}`
      yield rest === '{}' ? `${head}}` : `${head},${rest.slice(1)}`
    }
  }

  /** Close and remove the temporary file. */
  async close(): Promise<void> {
    await this.#handle.close().catch(() => {})
    await unlink(this.#path).catch(() => {})
    releaseTemporaryFile(this.#path)
  }
}
