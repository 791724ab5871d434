import {tableOfContentsLines} from './paste-contents-lines.js'
import {pasteContext} from './paste-context.js'
import {headingDepths} from './paste-heading-depths.js'
import {chooseHeadings, groupSeries, headingCandidates} from './paste-headings.js'
import {pasteNoise} from './paste-noise.js'
import {findTitle} from './paste-title.js'

/**
 * How a reader sees the lines of a post copied from a blog page: one paragraph per line, blank
 * lines rare and meaningful (a major heading is often followed by one, a subsection's heading by
 * none), a title line first with paste noise after it (date, byline, share buttons), maybe a
 * table of contents, headings marked the way bloggers type them (■ 【…】 ＜…＞ 第1章 🌸), and
 * trailing blocks that are not the essay (related posts, the author's bio, comment notices).
 */

export type LineRole =
  | {type: 'blank'}
  | {type: 'tag'}
  | {type: 'title'}
  | {type: 'heading'; depth: 2 | 3}
  | {type: 'bullet'; ordered: boolean; marker: string}
  | {type: 'text'}

/** Give every line of `value` its role. */
export function readPasteLines(value: string): LineRole[] {
  const context = pasteContext(value)
  const {content, lines, nextOf, roles, text} = context
  const candidates = headingCandidates(context)
  const title = findTitle(context, candidates)
  const noise = pasteNoise(context, title, candidates)
  const {toc, contents, tocDepth} = tableOfContentsLines(context, candidates)
  const reading = {candidates, title, noise, toc, tocDepth}
  const headings = chooseHeadings(context, reading)
  const groups = groupSeries(context, reading, headings)
  const headingSet = new Set(headings)
  for (const index of content) {
    const marker = context.bulletAt(index)
    if (marker && !headingSet.has(index) && !toc.has(index))
      roles[index] = {type: 'bullet', ...marker}
  }
  for (const index of toc) roles[index] = {type: 'bullet', ordered: false, marker: 'toc'}
  if (title !== undefined) roles[title] = {type: 'title'}
  for (const [index, depth] of headingDepths(
    headings,
    lines,
    text,
    nextOf,
    groups,
    tocDepth,
    contents.size,
  )) {
    roles[index] = {type: 'heading', depth}
  }
  return roles
}
