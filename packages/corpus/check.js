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
const LENGTH = {ja: [600, 2500], en: [400, 1200]}

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
    detect: (e) => strategyBodies(e).some((body) => listLine.test(body)),
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
    detect: (e) => strategyBodies(e).some((body) => !listLine.test(body) && !ledLine.test(body)),
  },
  'typographic-quotes': {detect: (e) => /[‘’“”]/.test(e.body)},
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

/** A list item line; a paragraph that opens with bold or numbering. */
const listLine = /^[ \t]*(?:\d+\.|[-*+])[ \t]+\S/m
const ledLine = /^(?:\*\*|[\u2460-\u2473]|[(（]\d)/m

/**
 * The Markdown under each strategies heading whose items are not subsections, up to the next
 * heading.
 *
 * @param {Essay} essay
 * @returns {string[]}
 */
function strategyBodies(essay) {
  const lines = essay.body.split('\n')
  return allSections(essay.expected)
    .filter((section) => section.items && !section.children && section.heading !== null)
    .map((section) => {
      const start = lines.findIndex(
        (line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '').trim() === section.heading,
      )
      if (start === -1) return ''
      const end = lines.findIndex((line, index) => index > start && /^#{1,6} /.test(line))
      return lines.slice(start + 1, end === -1 ? undefined : end).join('\n')
    })
    .filter((body) => body.trim() !== '')
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
 * The Markdown headings of a body, as a tree shaped like labelled sections.
 *
 * @param {string} body
 * @returns {HeadingNode[]}
 */
function markdownTree(body) {
  /** @type {HeadingNode} */
  const root = {depth: 0, heading: null, children: []}
  // `root` (depth 0) is never popped: every heading is deeper.
  const stack = [root]
  let fenced = false
  for (const line of body.split('\n')) {
    if (/^[ \t]*(?:```|~~~)/.test(line)) fenced = !fenced
    const match = !fenced && /^(#{1,6})[ \t]+(.*)$/.exec(line)
    if (!match) continue
    /** @type {HeadingNode} */
    const node = {depth: match[1]?.length ?? 0, heading: asHeading(line), children: []}
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
  const essay = {file, source, expected, ...split(source)}
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

  // Length.
  const [min, max] = LENGTH[expected.lang] ?? [0, Number.POSITIVE_INFINITY]
  const prose = essay.body.replace(/<!--[\s\S]*?-->/g, '')
  const size =
    expected.lang === 'ja'
      ? prose.replace(/\s/g, '').length
      : prose.split(/\s+/).filter(Boolean).length
  check(
    size >= min && size <= max,
    `${file}: ${size} ${expected.lang === 'ja' ? 'characters' : 'words'}, expected ${min}–${max}`,
  )

  // Title.
  const h1 = /^# (.*)$/m.exec(essay.body)
  let title = frontmatterTitle(essay.frontmatter)
  if (title === null && expected.format === 'markdown' && h1) title = asHeading(h1[0])
  if (expected.format === 'text' && expected.title !== null) {
    title =
      essay.body
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim() ?? null
  }
  check(
    expected.title === title,
    `${file}: title is ${JSON.stringify(expected.title)} in labels.json but ${JSON.stringify(title)} in the file`,
  )

  // Sections, kinds, items.
  for (const [index, section] of (expected.sections ?? []).entries()) {
    checkSection(file, section, essay.body, index)
  }

  // Headings appear in the file, in order, and (Markdown) every heading is labelled.
  const lines = essay.body.split('\n').map(asHeading)
  let from =
    expected.format === 'text' && expected.title !== null && title !== null
      ? 1 + lines.indexOf(title)
      : 0
  for (const section of allSections(expected)) {
    if (section.heading === null) continue
    const at = lines.indexOf(section.heading, from)
    if (check(at !== -1, `${file}: heading "${section.heading}" is not a line of the file`)) {
      from = at + 1
    }
  }
  if (expected.format === 'markdown') {
    let found = markdownTree(essay.body)
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
