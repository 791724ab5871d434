// Checks that the corpus and its labels agree. Run with `node check.js` (the package's `test`).
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** @import {ExpectedEssay, ExpectedSection, Feature, Lang} from './index.js' */

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
 * A labelled section and the line its heading is on.
 *
 * @typedef Located
 * @property {ExpectedSection} section
 * @property {ExpectedSection | null} parent The section it is a subsection of, or null.
 * @property {number} line Index of its heading line in `Essay.lines`.
 */

/**
 * A heading line of a Markdown body: an ATX heading, or a short paragraph of bold text alone
 * used as a heading (one level below the last real heading, or level 2 when there is none).
 *
 * @typedef MarkdownHeading
 * @property {number} line Index in the body's lines.
 * @property {number} depth
 * @property {string} heading The text as a label writes it (see `asHeading`).
 * @property {boolean} bold Whether it is a bold pseudo-heading.
 */

/**
 * What the corpus must cover of one feature (see `FEATURES`).
 *
 * @typedef FeatureCheck
 * @property {Partial<Record<Lang, number>>} [min] How many essays of each language need it.
 * @property {(essay: Essay) => boolean} [detect] Whether the file has it.
 */

/**
 * A Markdown heading and the headings under it.
 *
 * @typedef HeadingNode
 * @property {number} depth
 * @property {string | null} heading
 * @property {HeadingNode[]} children
 */

const {corpusDirectory, labels} = await import('./index.js').catch((error) => {
  console.error(error.message)
  console.log('0 passed, 1 failed')
  process.exit(1)
})

const KINDS = new Set([
  'intro',
  'background',
  'experience',
  'feelings',
  'strategies',
  'conclusion',
  'other',
])
/** @type {ReadonlySet<Lang>} */
const LANGS = new Set(['ja', 'en'])
const MIN_ESSAYS_PER_LANG = 7
/** @type {Record<Lang, [min: number, max: number]>} */
const LENGTH = {ja: [600, 6500], en: [400, 1600]}

/**
 * Every feature the corpus must cover. `min` asks for that many essays per language; `detect`,
 * when given, tells from the file whether the essay has the feature, and the label must agree.
 *
 * @type {Record<Feature, FeatureCheck>}
 */
const FEATURES = {
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
const featureNames = /** @type {Feature[]} */ (Object.keys(FEATURES))

let passed = 0
/** @type {string[]} */
const failures = []

/**
 * Record one check.
 *
 * @param {boolean} ok
 * @param {string} message Said when `ok` is false.
 * @returns {boolean} `ok`.
 */
function check(ok, message) {
  if (ok) passed++
  else failures.push(message)
  return ok
}

/**
 * A list item line: `- `, `* `, `+ `, `1. ` and, as plain text pastes them, `・`, `•`, `●`.
 */
const listLine = /^[ \t]*(?:(?:\d+\.|[-*+])[ \t]+\S|[・•●][ \t]*\S)/m
/** A paragraph that opens with bold or numbering. */
const ledLine = /^(?:\*\*|[\u2460-\u2473]|[(（]\d)/m
/** A numbered strategy heading: `①`, `1.`, `(1)`, `Step 1:`, `その1`, `ポイント1：`. */
const numberedHeading = /^(?:[\u2460-\u2473]|\d+[.)．]|[(（]\d+[)）]|step \d|その\d|ポイント\d)/i
/**
 * A heading with a mark bloggers type: `■ ● ◆ ▼ 【…】 ＜…＞ 〈…〉`, an emoji at the start, `第1章`,
 * or a trailing `♪`, `！` or `!`.
 */
const markedHeading =
  /^(?:[■□●○◆◇▼▽▲△★☆【＜〈《]|\p{Extended_Pictographic}|第[0-9０-９一二三四五六七八九十]+章)|[♪！!]$/u
/** Kinds of sections that tell the story; a list in one of them is not a list of strategies. */
const TELLING = new Set(['background', 'experience', 'feelings', 'conclusion'])
/** The line that opens a table of contents. */
const tocLine =
  /^(?:目次|もくじ|この記事の内容|この記事でわかること|(?:table of )?contents|in this (?:post|article)|what this post covers)[:：]?$/i
/** Lines a paste picks up around a post's title: dates, bylines, buttons, counts, categories. */
const pasteNoise = [
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\D|$)/,
  /^\d{4}年\d{1,2}月\d{1,2}日/,
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}$/i,
  /^(?:投稿日|更新日|公開日|投稿者|カテゴリー?|テーマ|タグ|読了時間)[:：]?/,
  /^(?:posted (?:on|by|in)|filed under|categories|tags?:)/i,
  /\d+ min read/i,
  /^(?:スポンサーリンク|広告|PR|シェアする|follow|share|listen|subscribe|[·•])$/i,
  /^(?:[♡♥👏]|スキ|いいね)\s*[\d.,]+/u,
  /^[\d.,]+[KkM]?$/,
]

/**
 * Whether a line is paste noise (short, and looks like one of `pasteNoise`).
 *
 * @param {string} line
 * @returns {boolean}
 */
function isPasteNoise(line) {
  const text = line.trim()
  return text !== '' && text.length <= 80 && pasteNoise.some((pattern) => pattern.test(text))
}

/**
 * A heading or table-of-contents line without numbering, bullets, marks, emoji and spaces, to
 * compare one with the other.
 *
 * @param {string} line
 * @returns {string}
 */
function bareHeading(line) {
  return line
    .trim()
    .replace(/^(?:[-*+・•●]|\d+[.．)]?|第\d+章)\s*/u, '')
    .replace(/[\s■□●○◆◇▼▽▲△★☆【】＜＞〈〉《》♪！!]|\p{Extended_Pictographic}|\uFE0F/gu, '')
}

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

/**
 * The lines before the first labelled heading (after the title line of plain text).
 *
 * @param {Essay} essay
 * @returns {string[]}
 */
function introLines(essay) {
  return essay.lines.slice(essay.start, essay.located[0]?.line ?? essay.lines.length)
}

/**
 * The text under one located heading, up to the next labelled heading (of any level).
 *
 * @param {Essay} essay
 * @param {number} index Index in `essay.located`.
 * @returns {string}
 */
function sectionBody(essay, index) {
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
function strategyBodies(essay, keep) {
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
function locate(essay) {
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

/**
 * Every section of an essay, depth first.
 *
 * @param {ExpectedEssay} expected
 * @returns {ExpectedSection[]}
 */
function allSections(expected) {
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
 * Split a file into frontmatter (or null) and body; line endings normalized to `\n`.
 *
 * @param {string} source
 * @returns {Pick<Essay, 'text' | 'frontmatter' | 'body'>}
 */
function split(source) {
  const text = source.replace(/\r\n?/g, '\n')
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text)
  return match
    ? {text, frontmatter: match[1] ?? '', body: text.slice(match[0].length)}
    : {text, frontmatter: null, body: text}
}

/**
 * The `title` of simple YAML frontmatter, unquoted, or null.
 *
 * @param {string | null} frontmatter
 * @returns {string | null}
 */
function frontmatterTitle(frontmatter) {
  const match = /^title:[ \t]*(.*)$/m.exec(frontmatter ?? '')
  if (!match) return null
  const value = (match[1] ?? '').trim()
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value
}

/**
 * A line as a label would write it if it were a heading: no `#`s, no bold, trimmed.
 *
 * @param {string} line
 * @returns {string}
 */
function asHeading(line) {
  return line
    .replace(/^[ \t]*#{1,6}(?=[ \t]|$)/, '')
    .replace(/\*\*/g, '')
    .trim()
}

/**
 * The heading lines of a Markdown body: ATX headings (outside code fences) and bold pseudo-headings,
 * paragraphs that are only `**…**`, short, and followed by text.
 *
 * @param {string} body
 * @returns {MarkdownHeading[]}
 */
function markdownHeadings(body) {
  const lines = body.split('\n')
  /** @type {MarkdownHeading[]} */
  const headings = []
  let fenced = false
  let lastDepth = 1
  const blank = (/** @type {string | undefined} */ line) => line === undefined || line.trim() === ''
  for (const [index, line] of lines.entries()) {
    if (/^[ \t]*(?:```|~~~)/.test(line)) fenced = !fenced
    if (fenced) continue
    const atx = /^(#{1,6})[ \t]+(.*)$/.exec(line)
    if (atx) {
      lastDepth = atx[1]?.length ?? 1
      headings.push({line: index, depth: lastDepth, heading: asHeading(line), bold: false})
      continue
    }
    const bold = /^\*\*([^*]+)\*\*[ \t]*$/.exec(line)
    const next = lines.slice(index + 1).find((other) => !blank(other))
    if (
      bold &&
      (bold[1] ?? '').trim().length <= 60 &&
      !/[。.]$/.test((bold[1] ?? '').trim()) &&
      blank(lines[index - 1]) &&
      blank(lines[index + 1]) &&
      next !== undefined &&
      !/^#{1,6}[ \t]/.test(next) &&
      !/^\*\*[^*]+\*\*[ \t]*$/.test(next)
    ) {
      headings.push({line: index, depth: lastDepth + 1, heading: asHeading(line), bold: true})
    }
  }
  return headings
}

/**
 * The Markdown headings of a body, as a tree shaped like labelled sections.
 *
 * @param {MarkdownHeading[]} headings
 * @returns {HeadingNode[]}
 */
function markdownTree(headings) {
  /** @type {HeadingNode} */
  const root = {depth: 0, heading: null, children: []}
  // `root` (depth 0) is never popped: every heading is deeper.
  const stack = [root]
  for (const {depth, heading} of headings) {
    /** @type {HeadingNode} */
    const node = {depth, heading, children: []}
    while ((stack.at(-1) ?? root).depth >= node.depth) stack.pop()
    ;(stack.at(-1) ?? root).children.push(node)
    stack.push(node)
  }
  return root.children
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

// Files and labels match.
const files = readdirSync(corpusDirectory).filter((file) => !file.startsWith('.'))
for (const file of files) {
  check(/\.(?:md|txt)$/.test(file), `essays/${file}: only .md and .txt files belong in essays/`)
  check(Object.hasOwn(labels, file), `essays/${file} has no entry in labels.json`)
}
for (const file of Object.keys(labels)) {
  check(files.includes(file), `labels.json has "${file}" but essays/${file} does not exist`)
}

/** @type {Essay[]} */
const essays = []
for (const file of [...files].sort()) {
  // A file without labels is reported above.
  const expected = Object.hasOwn(labels, file) ? labels[file] : undefined
  if (expected === undefined) continue
  const source = readFileSync(join(corpusDirectory, file), 'utf8')
  const parts = split(source)
  const lines = parts.body.split('\n')
  const titleLine =
    expected.format === 'text' && expected.title !== null
      ? lines.findIndex((line) => line.trim() !== '')
      : -1
  const start = titleLine + 1
  const headings = expected.format === 'markdown' ? markdownHeadings(parts.body) : []
  /** @type {Essay} */
  const essay = {
    file,
    source,
    expected,
    ...parts,
    lines,
    start,
    headings,
    ...locate({expected, lines, start, headings}),
  }
  essays.push(essay)

  check(LANGS.has(expected.lang), `${file}: lang must be "ja" or "en", not "${expected.lang}"`)
  check(
    expected.format === (file.endsWith('.md') ? 'markdown' : 'text'),
    `${file}: format must be "markdown" for .md and "text" for .txt`,
  )
  check(
    Array.isArray(expected.sections) && expected.sections.length > 0,
    `${file}: sections must be a non-empty array`,
  )

  // Title.
  const h1 = /^# (.*)$/m.exec(essay.body)
  let title = frontmatterTitle(essay.frontmatter)
  if (title === null && expected.format === 'markdown' && h1) title = asHeading(h1[0])
  if (expected.format === 'text' && expected.title !== null) {
    title = lines[titleLine]?.trim() ?? null
  }
  check(
    expected.title === title,
    `${file}: title is ${JSON.stringify(expected.title)} in labels.json but ${JSON.stringify(title)} in the file`,
  )

  // Length: the essay itself, without its title line, paste noise and trailing blocks (`other`
  // sections such as related posts or an author bio), which are not what the limits are about.
  const [min, max] = LENGTH[expected.lang] ?? [0, Number.POSITIVE_INFINITY]
  const firstHeading = essay.located[0]?.line ?? lines.length
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

  // Sections, kinds, items.
  for (const [index, section] of (expected.sections ?? []).entries()) {
    checkSection(file, section, essay.body, index)
  }

  // Headings appear in the file, in order, and (Markdown) every heading is labelled.
  for (const section of essay.missing) {
    check(
      false,
      `${file}: heading "${section.heading}" is not a ${expected.format === 'markdown' ? 'heading' : 'line'} of the file (in order)`,
    )
  }
  if (expected.format === 'text') {
    // Three labelled headings on consecutive lines are a table of contents, not headings.
    const run = essay.located.findIndex(
      (at, index) =>
        essay.located[index + 2]?.line === at.line + 2 &&
        essay.located[index + 1]?.line === at.line + 1,
    )
    check(
      run === -1,
      `${file}: headings ${JSON.stringify(
        essay.located.slice(run, run + 3).map((at) => at.section.heading),
      )} are on consecutive lines (a table of contents?)`,
    )
  }
  if (expected.format === 'markdown') {
    let found = markdownTree(headings)
    if (h1 && frontmatterTitle(essay.frontmatter) === null && found[0]?.depth === 1) {
      found = [...found[0].children, ...found.slice(1)]
    }
    const labelled = (expected.sections ?? []).filter((s) => s.heading !== null)
    compareTree(file, labelled, found, 'top-level')
  }

  // Features.
  for (const feature of expected.features ?? []) {
    check(Object.hasOwn(FEATURES, feature), `${file}: unknown feature "${feature}"`)
  }
  check(
    new Set(expected.features).size === expected.features?.length,
    `${file}: features must be an array without duplicates`,
  )
  for (const feature of featureNames) {
    const {detect} = FEATURES[feature]
    if (!detect) continue
    const has = Boolean(detect(essay))
    check(
      has === expected.features?.includes(feature),
      `${file}: the file ${has ? 'has' : 'lacks'} feature "${feature}" but labels.json ${has ? 'does not list' : 'lists'} it`,
    )
  }

  // A plain-text twin has the same labels as its Markdown original.
  if (expected.twin !== undefined) {
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
}

// Coverage.
const originals = essays.filter((e) => e.expected.twin === undefined)
/** @type {Record<Lang, number>} */
const count = {ja: 0, en: 0}
for (const essay of originals) count[essay.expected.lang]++
for (const lang of LANGS) {
  check(
    count[lang] >= MIN_ESSAYS_PER_LANG,
    `only ${count[lang]} ${lang} essays (twins not counted), expected at least ${MIN_ESSAYS_PER_LANG}`,
  )
}
for (const feature of featureNames) {
  const {min} = FEATURES[feature]
  const having = essays.filter((e) => e.expected.features?.includes(feature))
  check(having.length > 0, `no essay covers feature "${feature}"`)
  for (const [lang, least] of Object.entries(min ?? {})) {
    const n = having.filter((e) => e.expected.lang === lang).length
    check(n >= least, `feature "${feature}" needs ${least} ${lang} essays, has ${n}`)
  }
}
const withIntro = essays.filter((e) => e.expected.sections?.[0]?.heading === null).length
check(
  withIntro * 2 > essays.length,
  `most essays should open with an untitled intro; only ${withIntro} of ${essays.length} do`,
)

// Report.
console.log(
  `@tsuzuri/corpus: ${essays.length} files, ${originals.length} essays (${count.ja} ja, ${count.en} en), ${Object.keys(FEATURES).length} features checked`,
)
if (failures.length > 0) {
  console.error(`\nThe corpus and labels.json disagree:`)
  for (const message of failures) console.error(`  ✗ ${message}`)
}
console.log(`${passed} passed, ${failures.length} failed`)
if (failures.length > 0) process.exitCode = 1
