// Rules on headings: labelled headings appear in the file, in order; plain-text headings are not
// a table of contents; Markdown headings are exactly the labelled ones, nested the same way.

import {markdownTree} from './markdown-headings.js'
import {frontmatterTitle} from './split-file.js'
import {check} from './tally.js'

/** @import {ExpectedSection} from '../index.js' */
/** @import {HeadingNode} from './markdown-headings.js' */
/** @import {Essay} from './read-essay.js' */

/**
 * Check the headings of one essay.
 *
 * @param {Essay} essay
 */
export function checkHeadings(essay) {
  const {file, expected} = essay
  for (const section of essay.missing) {
    check(
      false,
      `${file}: heading "${section.heading}" is not a ${expected.format === 'markdown' ? 'heading' : 'line'} of the file (in order)`,
    )
  }
  if (expected.format === 'text') checkNoTableOfContents(essay)
  if (expected.format === 'markdown') checkMarkdownTree(essay)
}

/**
 * Three labelled headings on consecutive lines are a table of contents, not headings.
 *
 * @param {Essay} essay
 */
function checkNoTableOfContents({file, located}) {
  const run = located.findIndex(
    (at, index) =>
      located[index + 2]?.line === at.line + 2 && located[index + 1]?.line === at.line + 1,
  )
  check(
    run === -1,
    `${file}: headings ${JSON.stringify(
      located.slice(run, run + 3).map((at) => at.section.heading),
    )} are on consecutive lines (a table of contents?)`,
  )
}

/**
 * Every Markdown heading (below the title H1) is labelled, with the same nesting.
 *
 * @param {Essay} essay
 */
function checkMarkdownTree({file, expected, body, frontmatter, headings}) {
  const h1 = /^# (.*)$/m.exec(body)
  let found = markdownTree(headings)
  if (h1 && frontmatterTitle(frontmatter) === null && found[0]?.depth === 1) {
    found = [...found[0].children, ...found.slice(1)]
  }
  const labelled = (expected.sections ?? []).filter((s) => s.heading !== null)
  compareTree(file, labelled, found, 'top-level')
}

/**
 * Compare labelled sections with the headings found in the file.
 *
 * @param {string} file
 * @param {ExpectedSection[]} labelled
 * @param {HeadingNode[]} found
 * @param {string} path Where these sections are, for the message.
 */
function compareTree(file, labelled, found, path) {
  /** @param {Array<{heading: string | null}>} list */
  const names = (list) => JSON.stringify(list.map((s) => s.heading))
  if (
    !check(
      labelled.length === found.length && labelled.every((s, i) => s.heading === found[i]?.heading),
      `${file}: ${path} headings are ${names(found)} in the file but ${names(labelled)} in labels.json`,
    )
  ) {
    return
  }
  labelled.forEach((section, index) => {
    compareTree(
      file,
      section.children ?? [],
      found[index]?.children ?? [],
      `under "${section.heading}", the`,
    )
  })
}
