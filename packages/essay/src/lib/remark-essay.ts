import type {Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {OutlineSection} from './outline.js'
import {appendRest, essayFromTree, prepareInput, validateOptions} from './parse-essay.js'
import {plainTextToMdast} from './plain-text.js'
import type {Essay, Options, Section} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The essay `remarkEssay` found (section `html` is empty: the pipeline renders it). */
    essay: Essay
  }
}

/** An mdast node that wraps one section; mdast-util-to-hast turns it into `<section>`. */
interface EssaySectionNode {
  type: 'essaySection'
  children: RootContent[]
  data: {hName: 'section'; hProperties: {id: string; dataKind: string}}
}

/**
 * Tag an essay's sections inside a unified pipeline: the tree's blocks are wrapped in one node
 * per section that HTML compilers turn into `<section id data-kind>`. The parsed essay is put on
 * `file.data.essay`. Use `sanitizeSchema` with remark-html's `sanitize` or rehype-sanitize to
 * keep those attributes and nothing unsafe.
 */
export function remarkEssay(options?: Options | null) {
  const settings = validateOptions(options)
  return (tree: Root, file: VFile): void => {
    const source = String(file.value ?? '')
    const prepared = prepareInput(source, settings)
    if (prepared.format === 'text') {
      tree.children = appendRest(
        plainTextToMdast(prepared.body, 1, prepared.lines),
        prepared,
      ).children
    } else {
      // Frontmatter (when remark-frontmatter is not used) parses as a thematic break and a
      // paragraph; drop whatever lies on its lines.
      const {frontmatterLines} = prepared
      if (frontmatterLines > 0) {
        tree.children = tree.children.filter(
          (node) =>
            node.type !== 'yaml' && (node.position?.start.line ?? Infinity) > frontmatterLines,
        )
      }
    }
    const {essay, outline} = essayFromTree(tree, prepared, settings, false)
    file.data.essay = essay
    // Report warnings the unified way too, so reporters such as vfile-reporter show them.
    for (const warning of essay.warnings) {
      const message = file.message(warning.message, {
        place: warning.line === null ? undefined : {line: warning.line, column: 1},
        ruleId: warning.ruleId ?? 'essay',
        source: 'tsuzuri',
      })
      message.fatal = false
    }
    const children: RootContent[] = []
    if (outline.titleNode) children.push(outline.titleNode)
    outline.sections.forEach((section, index) => {
      const tagged = essay.sections[index]
      if (tagged) children.push(wrap(section, tagged) as unknown as RootContent)
    })
    tree.children = children
  }
}

function wrap(section: OutlineSection, tagged: Section): EssaySectionNode {
  const children: RootContent[] = []
  if (section.heading) children.push(section.heading)
  children.push(...section.blocks)
  section.children.forEach((child, index) => {
    const taggedChild = tagged.children[index]
    if (taggedChild) children.push(wrap(child, taggedChild) as unknown as RootContent)
  })
  return {
    type: 'essaySection',
    children,
    data: {hName: 'section', hProperties: {id: tagged.id, dataKind: tagged.kind}},
  }
}
