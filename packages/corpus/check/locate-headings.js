// Where each labelled heading is in the file.

import {asHeading} from './markdown-headings.js'

/** @import {ExpectedEssay, ExpectedSection} from '../index.js' */
/** @import {Essay} from './read-essay.js' */

/**
 * A labelled section and the line its heading is on.
 *
 * @typedef Located
 * @property {ExpectedSection} section
 * @property {ExpectedSection | null} parent The section it is a subsection of, or null.
 * @property {number} line Index of its heading line in `Essay.lines`.
 */

/**
 * Every section of an essay with the section it is in (null at the top level), depth first.
 *
 * @param {ExpectedEssay} expected
 * @returns {Array<{section: ExpectedSection, parent: ExpectedSection | null}>}
 */
function walk(expected) {
  /** @type {Array<{section: ExpectedSection, parent: ExpectedSection | null}>} */
  const result = []
  /**
   * @param {ExpectedSection[] | undefined} sections
   * @param {ExpectedSection | null} parent
   */
  const visit = (sections, parent) => {
    for (const section of sections ?? []) {
      result.push({section, parent})
      visit(section.children, section)
    }
  }
  visit(expected.sections, null)
  return result
}

/**
 * Find the heading line of every labelled section, in order. Markdown headings must be heading
 * lines (see `markdownHeadings`); plain-text headings are any line after the title. The search
 * runs from the end, so that a table of contents repeating the headings word for word is not
 * taken for them.
 *
 * @param {Pick<Essay, 'expected' | 'lines' | 'start' | 'headings'>} essay
 * @returns {{located: Located[], missing: ExpectedSection[]}}
 */
export function locate(essay) {
  const candidates =
    essay.expected.format === 'markdown'
      ? essay.headings.map((h) => h.line)
      : essay.lines.map((_, index) => index).filter((index) => index >= essay.start)
  const labelled = walk(essay.expected).filter(({section}) => section.heading !== null)
  /** @type {Located[]} */
  const located = []
  /** @type {ExpectedSection[]} */
  const missing = []
  let below = candidates.length
  for (const {section, parent} of [...labelled].reverse()) {
    let at = below - 1
    while (at >= 0 && asHeading(essay.lines[candidates[at] ?? -1] ?? '') !== section.heading) at--
    if (at === -1) {
      missing.unshift(section)
      continue
    }
    located.unshift({section, parent, line: candidates[at] ?? -1})
    below = at
  }
  return {located, missing}
}
