// Rules on one entry of `labels.json` by itself: its language, format, sections, kinds and items,
// and its twin.

import {check} from './tally.js'
import {KINDS, LANGS} from './vocabulary.js'

/** @import {ExpectedEssay, ExpectedSection} from '../index.js' */
/** @import {Essay} from './read-essay.js' */

/**
 * Check the language, the format and that there are sections.
 *
 * @param {Essay} essay
 */
export function checkEntry({file, expected}) {
  check(LANGS.has(expected.lang), `${file}: lang must be "ja" or "en", not "${expected.lang}"`)
  check(
    expected.format === (file.endsWith('.md') ? 'markdown' : 'text'),
    `${file}: format must be "markdown" for .md and "text" for .txt`,
  )
  check(
    Array.isArray(expected.sections) && expected.sections.length > 0,
    `${file}: sections must be a non-empty array`,
  )
}

/**
 * Check every labelled section: kinds, null headings, intro, items, children.
 *
 * @param {Essay} essay
 */
export function checkSections({file, expected, body}) {
  for (const [index, section] of (expected.sections ?? []).entries()) {
    checkSection(file, section, body, index)
  }
}

/**
 * Check one labelled section (and its children, recursively).
 *
 * @param {string} file
 * @param {ExpectedSection} section
 * @param {string} body
 * @param {number} top Its index among the top-level sections; any number but 0 for a subsection.
 */
function checkSection(file, section, body, top) {
  const where = `${file}: section ${JSON.stringify(section.heading)}`
  check(KINDS.has(section.kind), `${where} has unknown kind "${section.kind}"`)
  check(
    section.heading === null ? top === 0 : typeof section.heading === 'string',
    `${where}: only the first top-level section may have a null heading`,
  )
  check(
    section.kind !== 'intro' || top === 0,
    `${where}: only the first top-level section may be the intro`,
  )
  if (section.items !== undefined) {
    check(section.kind === 'strategies', `${where} has items but is not a strategies section`)
    check(
      Array.isArray(section.items) && section.items.length > 0,
      `${where}: items must be a non-empty array`,
    )
    for (const item of section.items ?? []) {
      check(
        typeof item === 'string' && item.trim() === item && item !== '',
        `${where}: item ${JSON.stringify(item)} must be a trimmed, non-empty string`,
      )
      check(
        body.replace(/\*\*/g, '').includes(item),
        `${where}: item ${JSON.stringify(item)} does not appear in the file`,
      )
    }
  }
  if (section.children !== undefined) {
    check(
      Array.isArray(section.children) && section.children.length > 0,
      `${where}: children, when present, must be a non-empty array`,
    )
    for (const child of section.children ?? []) checkSection(file, child, body, 1)
  }
}

/**
 * A plain-text twin has the same labels as its Markdown original.
 *
 * @param {Essay} essay
 * @param {Readonly<Record<string, ExpectedEssay>>} labels
 */
export function checkTwin({file, expected}, labels) {
  if (expected.twin === undefined) return
  const original = labels[expected.twin]
  check(
    original?.format === 'markdown' && original.lang === expected.lang,
    `${file}: twin "${expected.twin}" must be a labelled Markdown essay in the same language`,
  )
  check(
    original?.title === expected.title &&
      JSON.stringify(original?.sections) === JSON.stringify(expected.sections),
    `${file}: title and sections must equal those of its twin "${expected.twin}"`,
  )
}
