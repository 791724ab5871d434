// The parts of an essay that the feature checks look at: its sections, its intro, the text under
// a heading.

/** @import {ExpectedEssay, ExpectedSection} from '../index.js' */
/** @import {Essay} from './read-essay.js' */

/**
 * Every section of an essay, depth first.
 *
 * @param {ExpectedEssay} expected
 * @returns {ExpectedSection[]}
 */
export function allSections(expected) {
  /** @type {ExpectedSection[]} */
  const result = []
  /** @param {ExpectedSection[] | undefined} sections */
  const visit = (sections) => {
    for (const section of sections ?? []) {
      result.push(section)
      visit(section.children)
    }
  }
  visit(expected.sections)
  return result
}

/**
 * The lines before the first labelled heading (after the title line of plain text).
 *
 * @param {Essay} essay
 * @returns {string[]}
 */
export function introLines(essay) {
  return essay.lines.slice(essay.start, essay.located[0]?.line ?? essay.lines.length)
}

/**
 * The text under one located heading, up to the next labelled heading (of any level).
 *
 * @param {Essay} essay
 * @param {number} index Index in `essay.located`.
 * @returns {string}
 */
export function sectionBody(essay, index) {
  const at = essay.located[index]
  if (!at) return ''
  return essay.lines.slice(at.line + 1, essay.located[index + 1]?.line).join('\n')
}

/**
 * The text of each strategies section that has no subsections and is not itself a subsection of
 * strategies, and that `keep` accepts.
 *
 * @param {Essay} essay
 * @param {(section: ExpectedSection) => boolean} keep
 * @returns {string[]}
 */
export function strategyBodies(essay, keep) {
  return essay.located
    .map((at, index) => ({at, index}))
    .filter(
      ({at}) =>
        at.section.kind === 'strategies' &&
        !at.section.children &&
        at.parent?.kind !== 'strategies' &&
        keep(at.section),
    )
    .map(({index}) => sectionBody(essay, index))
    .filter((body) => body.trim() !== '')
}
