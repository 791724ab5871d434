import type {PasteContext} from './paste-context.js'
import {coreOf, isProse, tocHeader} from './paste-line-shapes.js'
import {tableOfContents, tocNumbering} from './paste-toc.js'

/** The lines of a paste's table of contents and the outline it gives. */
export interface ContentsLines {
  /** Its header and entries, and the candidates whose words come back as a later heading. */
  readonly toc: ReadonlySet<number>
  /** Each entry's words, with the depth the contents give it. */
  readonly contents: ReadonlyMap<string, 2 | 3>
  /** The depth the contents give a line after them, if they list it. */
  tocDepth(index: number): 2 | 3 | undefined
}

/**
 * A table of contents: the lines after its header until the first of them comes back, and any
 * short line whose words come back later as a heading.
 */
export function tableOfContentsLines(
  context: PasteContext,
  candidates: ReadonlySet<number>,
): ContentsLines {
  const {text} = context
  const toc = new Set<number>()
  const comesBack = comesBackLater(context)
  for (const [order, index] of context.content.entries()) {
    if (!tocHeader.test(text(index))) continue
    toc.add(index)
    for (const entry of tocEntries(context, order, comesBack)) toc.add(entry)
  }
  const contents = tableOfContents(
    [...toc].filter((index) => !tocHeader.test(text(index))).map(text),
  )
  const tocEnd = Math.max(-1, ...toc)
  // The depth the contents give a line after them, if they list it.
  const tocDepth = (index: number) =>
    index > tocEnd ? contents.get(coreOf(text(index))) : undefined
  const laterCores = new Map<string, number>()
  for (const index of candidates) laterCores.set(coreOf(text(index)), index)
  for (const index of candidates) {
    const core = coreOf(text(index))
    const last = laterCores.get(core)
    if (core !== '' && last !== undefined && last !== index) toc.add(index)
  }
  return {toc, contents, tocDepth}
}

/**
 * Where each line's words come last: an entry of the contents comes back as its heading, so a
 * line that does is an entry even when it reads like a line of dialogue (「向いてなかったのかな」).
 */
function comesBackLater(context: PasteContext): (index: number | undefined) => boolean {
  const {content, text} = context
  const lastOfCore = new Map<string, number>()
  for (const index of content) lastOfCore.set(coreOf(text(index)), index)
  return (index) => index !== undefined && (lastOfCore.get(coreOf(text(index))) ?? index) > index
}

/** The entries under the contents' header, the `order`th line of text. */
function tocEntries(
  context: PasteContext,
  order: number,
  comesBack: (index: number | undefined) => boolean,
): number[] {
  const {content, lines, nextOf, text, followedByBlank} = context
  const entries: number[] = []
  const firstEntry = content[order + 1]
  // Entries numbered as the first one is (1. … 2.1. …) are entries whatever their words.
  const numberedContents = tocNumbering.test(text(firstEntry))
  const numbered = (index: number | undefined) => numberedContents && tocNumbering.test(text(index))
  for (let next = order + 1; next < content.length; next++) {
    const entry = content[next] as number
    if (next > order + 1 && coreOf(text(entry)) === coreOf(text(firstEntry))) break
    if (next > order + 1 && lines[entry - 1]?.blank) break
    if (isProse(text(entry)) && !numbered(entry) && !comesBack(entry)) break
    // An entry is followed by the next entry; the first line followed by prose is the first
    // heading, however the contents worded it.
    if (
      followedByBlank(entry) ||
      (isProse(text(nextOf.get(entry))) &&
        !numbered(nextOf.get(entry)) &&
        !comesBack(nextOf.get(entry)))
    )
      break
    entries.push(entry)
  }
  return entries
}
