import type {Collection} from '../lib/collection/index.js'
import {displayPath} from './collect-inputs.js'
import {inspectOutput} from './output-target.js'
import {terminalSafeJson} from './terminal-text.js'
import {describeWriteError, refuse, type WriteRun} from './write-input.js'
import {writeFileAtomically} from './write-output.js'

/** The collection's file in `--out`. */
export const collectionFileName = 'collection.json'

/**
 * `collection.json` as `tsuzuri index` writes it: marked as the CLI's own (`$generator` first,
 * as in the essays it writes), one essay per line so that a change to one post changes one line.
 */
export function renderCollection(collection: Collection): string {
  const {essays, ...rest} = collection
  const head = JSON.stringify({$generator: 'tsuzuri index', version: collection.version})
  const lines = essays.map((essay) => JSON.stringify(essay))
  const tail = JSON.stringify({facets: rest.facets, skipped: rest.skipped})
  const json = `${head.slice(0, -1)},"essays":[${lines.length > 0 ? `\n${lines.join(',\n')}\n` : ''}],${tail.slice(1)}`
  return `${terminalSafeJson(json)}\n`
}

/**
 * Write the collection at `path` under the same rules as every output: only over a file the CLI
 * wrote, never over an input or another output of this run. Resolves to the line that says why
 * it was not written, if it was not.
 */
export async function writeCollection(
  path: string,
  collection: Collection,
  run: WriteRun,
): Promise<string | undefined> {
  const shown = displayPath(run.cwd, path)
  try {
    const refusal = refuse(await inspectOutput(path, run.known), undefined, shown)
    if (refusal) return `${collectionFileName}: ${refusal}`
    await writeFileAtomically(path, renderCollection(collection))
    return undefined
  } catch (error) {
    return `${collectionFileName}: ${describeWriteError(error, shown, run.cwd)}`
  }
}
