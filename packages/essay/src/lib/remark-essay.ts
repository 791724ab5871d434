import type {Root, RootContent} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {EssayError} from './errors.js'
import {type EssaySection, essaySectionToMarkdown} from './essay-section.js'
import {ideographicHeadingSpace, plainTextToMdast} from './input/index.js'
import type {OutlineSection} from './outline/index.js'
import {
  appendRest,
  essayFromTree,
  type PreparedInput,
  prepareInput,
  validateOptions,
} from './parse-essay.js'
import type {Essay, Options, Section} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The essay `remarkEssay` found: what `parseEssay` returns for the same input. */
    essay: Essay
  }
}

/** Where warnings are explained, one anchor per `ruleId`. */
const warningsUrl = 'https://github.com/tsuzuri/tsuzuri/blob/main/docs/warnings.md'

/** The parts of a processor's data remark-parse and remark-stringify read. */
interface RemarkData {
  micromarkExtensions?: unknown[]
  toMarkdownExtensions?: unknown[]
}

/**
 * Tag an essay's sections in the tree it is given: the blocks of each section are wrapped in an
 * `essaySection` node that HTML compilers turn into `<section id data-kind>`, and the essay is
 * put on `file.data.essay`. It adds to remark-parse the headings Japanese input methods type
 * (`##　体験談`) and to remark-stringify a handler for its node, so Markdown round-trips. Use
 * `sanitizeSchema` with remark-html's `sanitize` or rehype-sanitize to keep those attributes
 * and nothing unsafe.
 */
export const remarkEssay: Plugin<[(Options | null | undefined)?], Root> = function (options) {
  const settings = validateOptions(options)
  const data = this.data() as RemarkData
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), ideographicHeadingSpace]
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), essaySectionToMarkdown]
  return (tree: Root, file: VFile) => {
    const prepared = prepare(tree, file, settings)
    // A paste's lines are its structure, which Markdown does not see: it is read from the text.
    if (prepared.format === 'text') {
      tree.children = appendRest(
        plainTextToMdast(prepared.body, 1, prepared.lines),
        prepared,
      ).children
    }
    const front = frontmatterNodes(tree, prepared)
    const {essay, outline} = essayFromTree(tree, prepared, settings, true)
    file.data.essay = essay
    // Report warnings the unified way too, so reporters such as vfile-reporter show them.
    for (const warning of essay.warnings) {
      const message = file.message(warning.message, {
        place: warning.line === null ? undefined : {line: warning.line, column: 1},
        ruleId: warning.ruleId,
        source: 'tsuzuri',
      })
      message.url = `${warningsUrl}#${warning.ruleId}`
      message.fatal = false
    }
    tree.children = [
      ...front,
      ...wrapSections(tree.children, outline.titleNode, outline.sections, essay.sections),
    ]
  }
}

/** Read the frontmatter and the format; a bad frontmatter fails the file at its line. */
function prepare(tree: Root, file: VFile, settings: Options): PreparedInput {
  // A tree run without its text (`processor.run(tree)`) still has remark-frontmatter's node.
  const yaml = tree.children.find((node) => node.type === 'yaml')
  const value =
    file.value === undefined || String(file.value) === ''
      ? yaml && 'value' in yaml
        ? `---\n${yaml.value}\n---\n`
        : ''
      : String(file.value)
  try {
    return prepareInput(value, {...settings, format: value === '' ? 'markdown' : settings.format})
  } catch (error) {
    if (!(error instanceof EssayError)) throw error
    return file.fail(error.message, {
      place: {line: error.line, column: 1},
      ruleId: error.reason,
      source: 'tsuzuri',
    })
  }
}

/**
 * Take the frontmatter out of the tree: remark-frontmatter's `yaml` node is kept (compilers
 * ignore it and remark-stringify writes it back); without remark-frontmatter, its lines parse
 * as a thematic break and text, which are dropped.
 */
function frontmatterNodes(tree: Root, prepared: PreparedInput): RootContent[] {
  const kept: RootContent[] = []
  tree.children = tree.children.filter((node) => {
    if (node.type === 'yaml') kept.push(node)
    else if ((node.position?.start.line ?? Infinity) > prepared.frontmatterLines) return true
    return false
  })
  return kept
}

/**
 * Wrap the tree's top-level nodes, in their order, in one `essaySection` per section. Nodes the
 * outline holds nowhere (an author's `<!-- tsuzuri: … -->` comment) go with the section of the
 * heading after them, or else stay in the section they stand in: nothing is dropped.
 */
function wrapSections(
  nodes: readonly RootContent[],
  title: RootContent | undefined,
  sections: readonly OutlineSection[],
  tagged: readonly Section[],
): RootContent[] {
  const owner = new Map<RootContent, {wrapper: EssaySection; parent: EssaySection | undefined}>()
  const heads = new Set<RootContent>()
  const walk = (
    level: readonly OutlineSection[],
    kinds: readonly Section[],
    parent?: EssaySection,
  ) => {
    level.forEach((section, index) => {
      const found = kinds[index]
      if (!found) return
      const wrapper: EssaySection = {
        type: 'essaySection',
        children: [],
        data: {hName: 'section', hProperties: {id: found.id, dataKind: found.kind}},
      }
      if (section.source) heads.add(section.source)
      for (const node of [section.source, ...section.blocks]) {
        if (node) owner.set(node, {wrapper, parent})
      }
      walk(section.children, found.children, wrapper)
    })
  }
  walk(sections, tagged)
  const out: RootContent[] = []
  const opened = new Set<EssaySection>()
  let pending: RootContent[] = []
  let current: EssaySection | undefined
  const open = (wrapper: EssaySection, parent: EssaySection | undefined) => {
    if (opened.has(wrapper)) return
    opened.add(wrapper)
    ;(parent ? parent.children : out).push(wrapper)
  }
  for (const node of nodes) {
    // The title (and what stands before it) stays above the sections.
    if (node === title) {
      out.push(...pending, node)
      pending = []
      continue
    }
    const place = owner.get(node)
    if (!place) {
      pending.push(node)
      continue
    }
    open(place.wrapper, place.parent)
    if (heads.has(node) || !current) place.wrapper.children.push(...pending)
    else current.children.push(...pending)
    pending = []
    place.wrapper.children.push(node)
    current = place.wrapper
  }
  if (current) current.children.push(...pending)
  else out.push(...pending)
  return out
}
