// Every feature an essay can exercise: how many essays of each language need it, and how to tell
// from the file whether an essay has it.

import {allSections, introLines, sectionBody, strategyBodies} from './essay-parts.js'
import {
  bareHeading,
  isPasteNoise,
  ledLine,
  listLine,
  markedHeading,
  numberedHeading,
  tocLine,
} from './line-patterns.js'

/** @import {Feature, Lang} from '../index.js' */
/** @import {Located} from './locate-headings.js' */
/** @import {Essay} from './read-essay.js' */

/**
 * What the corpus must cover of one feature (see `FEATURES`).
 *
 * @typedef FeatureCheck
 * @property {Partial<Record<Lang, number>>} [min] How many essays of each language need it.
 * @property {(essay: Essay) => boolean} [detect] Whether the file has it.
 */

/** Kinds of sections that tell the story; a list in one of them is not a list of strategies. */
const TELLING = new Set(['background', 'experience', 'feelings', 'conclusion'])

/**
 * Every feature the corpus must cover. `min` asks for that many essays per language; `detect`,
 * when given, tells from the file whether the essay has the feature, and the label must agree.
 *
 * @type {Record<Feature, FeatureCheck>}
 */
export const FEATURES = {
  'explicit-tags': {
    min: {ja: 1, en: 1},
    detect: (e) => /^<!-- tsuzuri: [a-z]+ -->\n#{1,6} /m.test(e.text),
  },
  'heading-names-kind': {},
  'heading-hides-kind': {min: {ja: 3, en: 3}},
  'strategies-as-subsections': {
    detect: (e) => allSections(e.expected).some((s) => s.items && s.children),
  },
  'strategies-as-list': {
    detect: (e) => strategyBodies(e, (s) => s.items !== undefined).some((b) => listLine.test(b)),
  },
  frontmatter: {detect: (e) => e.frontmatter !== null},
  'no-h1': {detect: (e) => e.expected.format === 'markdown' && !/^# /m.test(e.body)},
  'plain-text': {detect: (e) => e.expected.format === 'text'},
  'plain-text-twin': {detect: (e) => typeof e.expected.twin === 'string'},
  'single-newline-paragraphs': {
    detect: (e) => e.expected.format === 'text' && !/\n[ \t]*\n/.test(e.text.trim()),
  },
  nested: {detect: (e) => e.expected.sections.some((s) => s.children)},
  h4: {
    detect: (e) => e.expected.sections.some((s) => s.children?.some((c) => c.children)),
  },
  'no-strategies': {
    detect: (e) => !allSections(e.expected).some((s) => s.kind === 'strategies'),
  },
  'intro-before-heading': {detect: (e) => e.expected.sections[0]?.heading === null},
  background: {detect: (e) => allSections(e.expected).some((s) => s.kind === 'background')},
  crlf: {detect: (e) => e.source.includes('\r\n')},
  emoji: {detect: (e) => /\p{Extended_Pictographic}/u.test(e.source)},
  'fullwidth-space': {detect: (e) => e.source.includes('\u3000')},
  'time-and-colon': {detect: (e) => /\d{1,2}:\d{2}/.test(e.body) && e.body.includes('ポイント:')},
  'raw-html': {detect: (e) => /<br\s*\/?>/i.test(e.body)},
  'strategies-as-prose': {
    detect: (e) =>
      strategyBodies(e, (s) => s.heading !== null && !numberedHeading.test(s.heading)).some(
        (body) => !listLine.test(body) && !ledLine.test(body),
      ),
  },
  'typographic-quotes': {detect: (e) => /[‘’“”]/.test(e.body)},
  // Plain text as pasted from a blog.
  'paste-noise': {
    min: {ja: 3, en: 3},
    detect: (e) => introLines(e).some(isPasteNoise),
  },
  toc: {min: {ja: 3, en: 3}, detect: hasTableOfContents},
  'heading-marks': {
    min: {ja: 3, en: 3},
    detect: (e) =>
      allSections(e.expected).some((s) => s.heading !== null && markedHeading.test(s.heading)),
  },
  'trailing-other': {
    min: {ja: 3, en: 3},
    detect: (e) => e.expected.sections.at(-1)?.kind === 'other',
  },
  'non-strategy-list': {
    min: {ja: 3, en: 3},
    detect: (e) =>
      e.located.some(
        (at, index) => TELLING.has(at.section.kind) && listLine.test(sectionBody(e, index)),
      ),
  },
  'blank-after-major-heading': {
    min: {ja: 3, en: 3},
    detect: (e) => {
      if (e.expected.format !== 'text') return false
      /** @param {Located} at */
      const blankAfter = (at) =>
        e.lines[at.line + 1]?.trim() === '' &&
        e.lines.slice(at.line + 2).some((line) => line.trim() !== '')
      const major = e.located.filter((at) => at.parent === null)
      const minor = e.located.filter((at) => at.parent !== null)
      // Blank lines mark major headings only, and do not separate every paragraph.
      return (
        major.some(blankAfter) &&
        !minor.some(blankAfter) &&
        e.located.some((_, index) => /\S[^\n]*\n[ \t]*\S/.test(sectionBody(e, index)))
      )
    },
  },
  // Markdown.
  listicle: {
    min: {ja: 1, en: 2},
    detect: (e) =>
      e.expected.sections.filter(
        (s) => s.kind === 'strategies' && s.heading !== null && numberedHeading.test(s.heading),
      ).length >= 3,
  },
  'bold-pseudo-heading': {
    min: {ja: 2, en: 2},
    detect: (e) => e.headings.some((h) => h.bold),
  },
  'starts-at-h3': {
    min: {ja: 2, en: 2},
    detect: (e) => {
      // The H1, if any, is the title; the sections start below it.
      const depths = e.headings.filter((h) => !h.bold && h.depth > 1).map((h) => h.depth)
      return depths.length > 0 && Math.min(...depths) === 3
    },
  },
}

/** Every feature name, typed (`Object.keys` says `string`). */
export const featureNames = /** @type {Feature[]} */ (Object.keys(FEATURES))

/**
 * Whether the part before the first heading has a table of contents: a line such as `目次` or
 * `In this post:`, or a run of lines that repeat the headings that follow.
 *
 * @param {Essay} essay
 * @returns {boolean}
 */
function hasTableOfContents(essay) {
  const intro = introLines(essay)
  if (intro.some((line) => tocLine.test(line.trim()))) return true
  const headings = new Set(essay.located.map((at) => bareHeading(at.section.heading ?? '')))
  let run = 0
  for (const line of intro) {
    run = line.trim() !== '' && headings.has(bareHeading(line)) ? run + 1 : 0
    if (run >= 2) return true
  }
  return false
}
