// Rules on what the file says against its label: the title, and the length of the essay.

import {isPasteNoise} from './line-patterns.js'
import {asHeading} from './markdown-headings.js'
import {titleLineIndex} from './read-essay.js'
import {frontmatterTitle} from './split-file.js'
import {check} from './tally.js'

/** @import {Lang} from '../index.js' */
/** @import {Essay} from './read-essay.js' */

/** @type {Record<Lang, [min: number, max: number]>} */
const LENGTH = {ja: [600, 6500], en: [400, 1600]}

/**
 * The first H1 line of the body (`# …`), as a match whose `[0]` is the line, or null.
 *
 * @param {Essay} essay
 * @returns {RegExpExecArray | null}
 */
function firstH1(essay) {
  return /^# (.*)$/m.exec(essay.body)
}

/**
 * Check the title: frontmatter `title`, else the first H1 of Markdown; the title line of plain
 * text.
 *
 * @param {Essay} essay
 */
export function checkTitle(essay) {
  const {file, expected, lines} = essay
  const h1 = firstH1(essay)
  let title = frontmatterTitle(essay.frontmatter)
  if (title === null && expected.format === 'markdown' && h1) title = asHeading(h1[0])
  if (expected.format === 'text' && expected.title !== null) {
    title = lines[titleLineIndex(expected, lines)]?.trim() ?? null
  }
  check(
    expected.title === title,
    `${file}: title is ${JSON.stringify(expected.title)} in labels.json but ${JSON.stringify(title)} in the file`,
  )
}

/**
 * Check the length: the essay itself, without its title line, paste noise and trailing blocks
 * (`other` sections such as related posts or an author bio), which are not what the limits are
 * about.
 *
 * @param {Essay} essay
 */
export function checkLength(essay) {
  const {file, expected, lines, start} = essay
  const [min, max] = LENGTH[expected.lang] ?? [0, Number.POSITIVE_INFINITY]
  const firstHeading = essay.located[0]?.line ?? lines.length
  const h1 = firstH1(essay)
  const titleH1 =
    expected.format === 'markdown' && h1 && frontmatterTitle(essay.frontmatter) === null
      ? lines.indexOf(h1[0])
      : -1
  /** @type {Set<number>} */
  const skipped = new Set([titleH1])
  for (const [index, at] of essay.located.entries()) {
    if (at.section.kind !== 'other') continue
    const end = essay.located[index + 1]?.line ?? lines.length
    for (let line = at.line; line < end; line++) skipped.add(line)
  }
  const prose = lines
    .filter(
      (line, index) =>
        index >= start && !skipped.has(index) && !(index < firstHeading && isPasteNoise(line)),
    )
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, '')
  const size =
    expected.lang === 'ja'
      ? prose.replace(/\s/g, '').length
      : prose.split(/\s+/).filter(Boolean).length
  check(
    size >= min && size <= max,
    `${file}: ${size} ${expected.lang === 'ja' ? 'characters' : 'words'} (without title, paste noise and other sections), expected ${min}–${max}`,
  )
}
