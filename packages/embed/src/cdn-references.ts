/**
 * The CDN parser's `decode-named-character-reference` (micromark's decoder of `&name;`), and the
 * table it reads. The package's `browser` build decodes through `innerHTML` (no `document` in a
 * worker, a string sink Trusted Types refuses) and its other builds carry all 2,125 names, a
 * fifth of the parser file. Here the table is a file of its own,
 * `tsuzuri-essay-entities.js`, next to the parser, which `loadReferences` fetches only for text
 * that may hold a named reference, before the (synchronous) parse. The table is the one Node's
 * micromark reads (`character-entities`, same version), so essays decode the same everywhere.
 */

import {loadHtml} from './cdn-html-reader.js'
import {loadJapanese} from './cdn-japanese.js'

/** The names of HTML's named character references and what they stand for. */
type Table = Record<string, string>

/** Something that may be a named reference: `&`, a letter, 1 to 31 letters or digits, `;`. */
const mayHoldReference = /&[A-Za-z][A-Za-z0-9]{1,31};/
/** A name the table may hold (every name starts with a letter and has 2 to 31 characters). */
const mayBeName = /^[A-Za-z][A-Za-z0-9]{1,30}$/

const own = {}.hasOwnProperty
let table: Table | undefined
let loading: Promise<void> | undefined

/**
 * Load what parsing `text` needs that the parser file leaves out: the table of named character
 * references if `text` may hold one, the Japanese profile if it may be Japanese, the HTML reader
 * if it is HTML (once per page or worker; a failed load is tried again next time).
 */
export async function loadReferences(text: string): Promise<void> {
  await Promise.all([loadTable(text), loadJapanese(text), loadHtml(text)])
}

function loadTable(text: string): Promise<void> {
  if (table || !mayHoldReference.test(text)) return Promise.resolve()
  loading ??= import('character-entities').then(
    (module) => {
      table = module.characterEntities
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/**
 * Decode the name of a named character reference (`hellip` in `&hellip;`), or `false` when it is
 * not one, as `decode-named-character-reference` does.
 *
 * @throws {Error} when `value` may be a name and the table is not loaded: `loadReferences(text)`
 * must settle before `text` is parsed.
 */
export function decodeNamedCharacterReference(value: string): string | false {
  if (table) return own.call(table, value) ? (table[value] as string) : false
  if (!mayBeName.test(value)) return false
  throw new Error(
    `Expected the table of named character references to be loaded before parsing \`&${value};\`: await \`loadReferences(text)\` first`,
  )
}
