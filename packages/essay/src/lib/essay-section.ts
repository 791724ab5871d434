import type {Data, Parent, RootContent} from 'mdast'
import type {Kind} from './types.js'

/** What an `essaySection` carries for HTML compilers: mdast-util-to-hast makes it a `<section>`. */
export interface EssaySectionData extends Data {
  hName: 'section'
  hProperties: {id: string; dataKind: Kind}
}

/**
 * The node `remarkEssay` wraps each section in: its heading (when it has one), its blocks and its
 * subsections' nodes, in input order.
 */
export interface EssaySection extends Parent {
  type: 'essaySection'
  children: RootContent[]
  data: EssaySectionData
}

declare module 'mdast' {
  interface RootContentMap {
    /** A section found by `remarkEssay` (`@tsuzuri/essay`). */
    essaySection: EssaySection
  }
}

/** The `mdast-util-to-markdown` state methods the handler uses. */
interface FlowState {
  containerFlow(parent: EssaySection, info: unknown): string
}

/**
 * A `mdast-util-to-markdown` extension (what remark-stringify reads from
 * `toMarkdownExtensions`): a section is written as its contents, so Markdown that went through
 * `remarkEssay` comes out as it went in.
 */
export const essaySectionToMarkdown = {
  handlers: {
    essaySection(node: EssaySection, _parent: unknown, state: FlowState, info: unknown) {
      return state.containerFlow(node, info)
    },
  },
}
