import {coreOf} from './paste-line-shapes.js'

/** A sub-entry's numbering in a table of contents: `2.1.`, `2-1`, `3.2)`. */
const subEntry = /^[0-9０-９]{1,2}[.．\-－][0-9０-９]{1,2}(?![0-9０-９])[.．)）]?\s*/

/** How a contents plugin numbers its entries: `1.`, `2.1.`, `3)`, then a space. */
export const tocNumbering = /^[0-9０-９]{1,2}(?:[.．\-－][0-9０-９]{1,2})*[.．)）]?[\s\u3000]/

/**
 * The outline a table of contents gives: each entry's words (as `coreOf` gives them, to match the
 * heading it repeats), with depth 3 for a numbered sub-entry and 2 for the others.
 */
export function tableOfContents(entries: readonly string[]): Map<string, 2 | 3> {
  const outline = new Map<string, 2 | 3>()
  for (const entry of entries) {
    const core = coreOf(entry.replace(subEntry, ''))
    if (core !== '' && !outline.has(core)) outline.set(core, subEntry.test(entry.trim()) ? 3 : 2)
  }
  return outline
}
