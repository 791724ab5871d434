import type {Definition, Root, RootContent} from 'mdast'
import {buildSections} from './build-sections.js'
import {
  budgetInlineMarkup,
  checkAttributionUrl,
  flattenDeepNesting,
  guardMarkup,
  type LineLimit,
  type LineRole,
  limitLines,
  looksLikeHtmlPage,
  parseMarkdownLinear,
  plainTextToMdast,
  readAsPlainText,
  readFrontmatter,
  readHtml,
  replaceRawHtml,
  restAsParagraph,
  restorePositions,
  restoreStandIns,
  unspacedHeadingWarnings,
} from './input/index.js'
import {isKind} from './kinds.js'
import {detectLang} from './lang.js'
import {buildOutline, IdRegistry, type Outline} from './outline/index.js'
import {type LanguageProfile, profileFor} from './profiles/index.js'
import type {TaggerModel} from './tagger/index.js'
import {assertOptionsObject, describe} from './type-errors.js'
import type {Essay, EssayWarning, Kind, Options} from './types.js'

const emptyOptions: Options = Object.freeze({})
const formats = new Set(['auto', 'markdown', 'text', 'html'])

/** The parts of parsing shared by `parseEssay` and `remarkEssay`. */
export interface PreparedInput {
  /**
   * The body (frontmatter lines blanked, so positions still match the input), up to
   * `maxMarkdownLines` lines: what is read as Markdown or as a pasted page.
   */
  body: string
  /** Where the body was cut, and the text after the cut (kept as text). */
  limit: LineLimit
  frontmatter: Record<string, unknown>
  /** Lines the frontmatter block took (0 when there is none). */
  frontmatterLines: number
  format: 'markdown' | 'text' | 'html'
  /** The lines' roles, when the format was told from them: they are not read twice. */
  lines?: readonly LineRole[] | undefined
  /** Warnings about the input found before the tree was built (frontmatter, markup limits). */
  warnings: EssayWarning[]
}

/**
 * Parse an essay written in Markdown (or plain text copied from a web page) into sections tagged
 * by kind.
 *
 * @throws {TypeError} When `input` is not a string or `options` is malformed.
 * @throws {EssayError} When the frontmatter is malformed (the error has the `line`).
 */
export function parseEssay(input: string, options?: Options | null): Essay {
  if (typeof input !== 'string') {
    throw new TypeError(`Expected \`input\` to be a string, not \`${describe(input)}\``)
  }
  return parseWithModel(input, validateOptions(options)).essay
}

/**
 * `parseEssay` with the outline and language profile it used, and optionally another model: the
 * training script fits and cross-validates through this, so it sees exactly what users get.
 */
export function parseWithModel(input: string, settings: Options, model?: TaggerModel) {
  const text = withoutBom(input)
  const requested = settings.format ?? 'auto'
  if (requested === 'html' || (requested === 'auto' && looksLikeHtmlPage(text))) {
    return essayFromHtml(text, settings, model)
  }
  const prepared = prepareInput(input, settings)
  const tree: Root =
    prepared.format === 'text'
      ? plainTextToMdast(prepared.body, 1, prepared.lines)
      : parseMarkdown(prepared)
  return essayFromTree(appendRest(tree, prepared), prepared, settings, true, model)
}

/**
 * HTML: its article's tree, read whole (parse5 is linear); the page's metadata is its frontmatter.
 * `remarkEssay` never comes here: the tree it is given is Markdown's.
 */
function essayFromHtml(html: string, settings: Options, model?: TaggerModel) {
  const page = readHtml(html)
  const frontmatter: Record<string, unknown> = {...page.metadata}
  const prepared: PreparedInput = {
    body: page.text,
    limit: {markdown: html},
    frontmatter,
    frontmatterLines: 0,
    format: 'html',
    warnings: [...page.warnings, ...checkAttributionUrl(frontmatter, null)],
  }
  return essayFromTree(page.tree, prepared, settings, true, model)
}

/**
 * micromark's tree of the body, after the markup it cannot parse in linear time is escaped and
 * the inline markup past its budget stood in for.
 */
function parseMarkdown(prepared: PreparedInput): Root {
  const budgeted = budgetInlineMarkup(prepared.body)
  prepared.warnings.push(...budgeted.warnings)
  const guarded = guardMarkup(budgeted.value)
  prepared.warnings.push(...guarded.warnings)
  const tree = parseMarkdownLinear(guarded.value, prepared.warnings)
  restorePositions(tree, guarded.added)
  restoreStandIns(tree, budgeted.standIns)
  return tree
}

/** Add what follows `maxMarkdownLines` lines, kept as text, to a tree read from the body. */
export function appendRest(tree: Root, prepared: PreparedInput): Root {
  if (prepared.limit.rest) tree.children.push(restAsParagraph(prepared.limit.rest))
  if (prepared.limit.warning) prepared.warnings.push(prepared.limit.warning)
  return tree
}

/** Validate options the way every public function does. */
export function validateOptions(options: Options | null | undefined): Options {
  assertOptionsObject(options)
  if (options === null || options === undefined) return emptyOptions
  if (options.format != null && !formats.has(options.format)) {
    throw new TypeError(
      `Expected \`options.format\` to be \`'auto'\`, \`'markdown'\`, \`'text'\` or \`'html'\`, not \`${describe(options.format)}\``,
    )
  }
  if (options.lang != null && (typeof options.lang !== 'string' || options.lang.trim() === '')) {
    throw new TypeError(
      `Expected \`options.lang\` to be a language tag such as \`'ja'\`, not \`${describe(options.lang)}\``,
    )
  }
  if (options.idPrefix != null && typeof options.idPrefix !== 'string') {
    throw new TypeError(
      `Expected \`options.idPrefix\` to be a string, not \`${describe(options.idPrefix)}\``,
    )
  }
  return options
}

function withoutBom(input: string): string {
  return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
}

/** Strip the BOM, read frontmatter and decide the format. */
export function prepareInput(input: string, options: Options): PreparedInput {
  const text = withoutBom(input)
  // HTML is `parseEssay`'s (`essayFromHtml`); the tree `remarkEssay` is given is Markdown.
  const requested = options.format === 'html' ? 'markdown' : (options.format ?? 'auto')
  const inputLines = text.split(/\r?\n|\r/)
  const block = readFrontmatter(inputLines)
  // Blank the frontmatter instead of cutting it, so every position still points into the input.
  const body = block
    ? '\n'.repeat(block.lineCount) + inputLines.slice(block.lineCount).join('\n')
    : text
  const limit = limitLines(body)
  const lines = requested === 'auto' ? readAsPlainText(limit.markdown) : undefined
  const format = requested === 'auto' ? (lines ? 'text' : 'markdown') : requested
  const frontmatter = block?.data ?? {}
  const urlLine = inputLines
    .slice(0, block?.lineCount ?? 0)
    .findIndex((line) => /^["']?url["']?[ \t]*:/.test(line))
  return {
    body: limit.markdown,
    limit,
    frontmatter,
    frontmatterLines: block?.lineCount ?? 0,
    format,
    lines,
    warnings: [
      ...(block?.warnings ?? []),
      ...checkAttributionUrl(frontmatter, urlLine === -1 ? null : urlLine + 1),
    ],
  }
}

/** Build the essay from a parsed tree. */
export function essayFromTree(
  tree: Root,
  prepared: PreparedInput,
  options: Options,
  html: boolean,
  /** A model other than the fitted one: the training script's cross-validation passes its own. */
  model?: TaggerModel,
): {essay: Essay; outline: Outline; profile: LanguageProfile} {
  const {frontmatter} = prepared
  const warnings: EssayWarning[] = [
    ...prepared.warnings,
    ...(prepared.format === 'markdown' ? unspacedHeadingWarnings(prepared.body) : []),
    ...flattenDeepNesting(tree),
  ]
  const frontmatterTitle = typeof frontmatter.title === 'string' ? frontmatter.title : null
  keepFootnotesAsText(tree)
  const outline = buildOutline(tree, frontmatterTitle)
  warnings.push(...outline.warnings)

  const detected = detectLang(prepared.body)
  const lang =
    options.lang ??
    (typeof frontmatter.lang === 'string' && frontmatter.lang.trim() !== ''
      ? frontmatter.lang.trim()
      : detected)

  if (outline.titleNode) replaceRawHtml(outline.titleNode)
  const definitions: Definition[] = tree.children.filter((node) => node.type === 'definition')
  const forced = forcedKinds(frontmatter, warnings)
  const forcedUsed = new Set<string>()
  // Japanese cues when the essay is written in Japanese or says it is.
  const profile = profileFor(detected === 'ja' ? 'ja' : lang)
  const sections = buildSections(outline.sections, {
    profile,
    ids: new IdRegistry(options.idPrefix ?? ''),
    idPrefix: options.idPrefix ?? '',
    definitions,
    forced,
    forcedUsed,
    html,
    model,
  })
  for (const key of forced.keys()) {
    if (!forcedUsed.has(key)) {
      warnings.push({
        message: `Frontmatter \`kinds\` names “${key}”, but no section has that heading or id: check the spelling`,
        line: null,
        ruleId: 'unused-kind',
      })
    }
  }

  return {
    essay: {title: outline.title, lang, frontmatter, sections, warnings},
    outline,
    profile,
  }
}

/**
 * Without GFM, a footnote `[^1]: note` parses as a link definition, which renders nothing and
 * would turn `[^1]` into a link to “note”. Keep it as the paragraph the author wrote.
 */
function keepFootnotesAsText(tree: Root) {
  tree.children = tree.children.map((node) => {
    if (node.type !== 'definition' || !node.label?.startsWith('^')) return node
    const paragraph: RootContent = {
      type: 'paragraph',
      children: [
        {
          type: 'text',
          value: `[${node.label}]: ${node.url}${node.title ? ` "${node.title}"` : ''}`,
        },
      ],
    }
    if (node.position) paragraph.position = node.position
    return paragraph
  })
}

function forcedKinds(frontmatter: Record<string, unknown>, warnings: EssayWarning[]) {
  const forced = new Map<string, Kind>()
  const value = frontmatter.kinds
  if (value === undefined || value === null) return forced
  if (typeof value !== 'object' || Array.isArray(value)) {
    warnings.push({
      message:
        'Frontmatter `kinds` must map headings (or section ids) to kinds, e.g. `kinds:` then `  私の場合: experience`',
      line: null,
      ruleId: 'frontmatter-kinds',
    })
    return forced
  }
  for (const [heading, kind] of Object.entries(value)) {
    if (isKind(kind)) forced.set(heading.trim(), kind)
    else {
      warnings.push({
        message: `Frontmatter \`kinds\` gives \`${String(kind)}\` for “${heading}”: use one of intro, background, experience, feelings, strategies, conclusion, other`,
        line: null,
        ruleId: 'frontmatter-kinds',
      })
    }
  }
  return forced
}
