// Reading one essay file into what the checks look at.

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {locate} from './locate-headings.js'
import {markdownHeadings} from './markdown-headings.js'
import {split} from './split-file.js'

/** @import {ExpectedEssay, ExpectedSection} from '../index.js' */
/** @import {Located} from './locate-headings.js' */
/** @import {MarkdownHeading} from './markdown-headings.js' */

/**
 * An essay as the checks read it.
 *
 * @typedef Essay
 * @property {string} file File name in `essays/`.
 * @property {string} source The file as is.
 * @property {ExpectedEssay} expected Its entry in `labels.json`.
 * @property {string} text The file, line endings normalized to `\n`.
 * @property {string | null} frontmatter The frontmatter without its `---` lines, or null.
 * @property {string} body The text after the frontmatter.
 * @property {string[]} lines `body` split into lines.
 * @property {number} start Index in `lines` of the first line after the title line of a plain-text
 *   essay (0 for Markdown, and for plain text without a title).
 * @property {MarkdownHeading[]} headings The Markdown headings (none for plain text).
 * @property {Located[]} located Every labelled heading found in the file, in document order.
 * @property {ExpectedSection[]} missing Labelled headings not found (in order) in the file.
 */

/**
 * Read one essay and find its labelled headings.
 *
 * @param {string} directory The folder holding the essays.
 * @param {string} file File name in `directory`.
 * @param {ExpectedEssay} expected Its entry in `labels.json`.
 * @returns {Essay}
 */
export function readEssay(directory, file, expected) {
  const source = readFileSync(join(directory, file), 'utf8')
  const parts = split(source)
  const lines = parts.body.split('\n')
  const start = titleLineIndex(expected, lines) + 1
  const headings = expected.format === 'markdown' ? markdownHeadings(parts.body) : []
  return {
    file,
    source,
    expected,
    ...parts,
    lines,
    start,
    headings,
    ...locate({expected, lines, start, headings}),
  }
}

/**
 * Index of the title line of a plain-text essay that has a title (its first line that is not
 * blank), or -1.
 *
 * @param {ExpectedEssay} expected
 * @param {string[]} lines The body's lines.
 * @returns {number}
 */
export function titleLineIndex(expected, lines) {
  return expected.format === 'text' && expected.title !== null
    ? lines.findIndex((line) => line.trim() !== '')
    : -1
}
