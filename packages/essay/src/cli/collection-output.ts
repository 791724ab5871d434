import type {Collection} from '../lib/collection/index.js'
import {displayPath} from './collect-inputs.js'
import {inspectOutput} from './output-target.js'
import {terminalSafeJson} from './terminal-text.js'
import {describeWriteError, refuse, type WriteRun} from './write-input.js'
import {writeFileAtomically} from './write-output.js'

/** The collection's file in `--out`. */
export const collectionFileName = 'collection.json'

/** What `collection.json` is written from: its essays one JSON line each, in order. */
export interface CollectionParts {
  lines: AsyncIterable<string> | Iterable<string>
  facets: Collection['facets']
  skipped: Collection['skipped']
}

/**
 * `collection.json` as `tsuzuri index` writes it, piece by piece so that it is never whole in
 * memory: marked as the CLI's own (`$generator` first, as in the essays it writes), one essay
 * per line so that a change to one post changes one line.
 */
export async function* collectionChunks(parts: CollectionParts): AsyncGenerator<string> {
  const version: Collection['version'] = 1
  const head = JSON.stringify({$generator: 'tsuzuri index', version})
  yield terminalSafeJson(`${head.slice(0, -1)},"essays":[`)
  let first = true
  for await (const line of parts.lines) {
    yield terminalSafeJson(`${first ? '\n' : ',\n'}${line}`)
    first = false
  }
  const tail = JSON.stringify({facets: parts.facets, skipped: parts.skipped})
  yield `${terminalSafeJson(`${first ? '' : '\n'}],${tail.slice(1)}`)}\n`
}

/**
 * Write the collection at `path` under the same rules as every output: only over a file the CLI
 * wrote, never over an input or another output of this run. Resolves to the line that says why
 * it was not written, if it was not.
 */
export async function writeCollection(
  path: string,
  parts: CollectionParts,
  run: WriteRun,
): Promise<string | undefined> {
  const shown = displayPath(run.cwd, path)
  try {
    const refusal = refuse(await inspectOutput(path, run.known), undefined, shown)
    if (refusal) return `${collectionFileName}: ${refusal}`
    await writeFileAtomically(path, collectionChunks(parts))
    return undefined
  } catch (error) {
    return `${collectionFileName}: ${describeWriteError(error, shown, run.cwd)}`
  }
}
