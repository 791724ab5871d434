import type {Heading, Root, RootContent} from 'mdast'
import {isKind} from '../kinds.js'
import {toPlainText} from '../mdast-text.js'
import {withinHeadingLength} from '../profiles/index.js'
import type {EssayWarning, Kind} from '../types.js'

/** A section before tagging: its heading, its own blocks and its subsections. */
export interface OutlineSection {
  heading: Heading | null
  /** The input's node that made the heading: the heading, or a paragraph read as one. */
  source: RootContent | null
  headingText: string | null
  depth: number
  blocks: RootContent[]
  children: OutlineSection[]
  /** Kind the author set with `<!-- tsuzuri: kind -->`. */
  explicitKind?: Kind
}

export interface Outline {
  title: string | null
  /** The H1 taken as the title, if any. */
  titleNode: Heading | undefined
  sections: OutlineSection[]
  warnings: EssayWarning[]
}

/** An author's tag: `<!-- tsuzuri: strategies -->` on the line before a heading. */
export const tagComment = /^<!--\s*tsuzuri\s*:\s*([A-Za-z-]*)\s*-->\s*$/i

/**
 * Split the top-level blocks of `tree` into nested sections by heading. The first H1 is the title
 * (unless the frontmatter already gave a different one, in which case the H1 stays a section so
 * its words are not lost); blocks before the first heading form the untitled opening section.
 */
export function buildOutline(tree: Root, frontmatterTitle: string | null): Outline {
  const warnings: EssayWarning[] = []
  const sections: OutlineSection[] = []
  const stack: OutlineSection[] = []
  let title = frontmatterTitle
  let titleTaken = false
  let titleNode: Heading | undefined
  let opening: OutlineSection | undefined
  // Depth of the last real (`#`) heading: headings written as bold lines sit one level below it.
  let realDepth = 1
  let pendingKind: {kind: Kind; line: number | null} | undefined

  for (const [index, original] of tree.children.entries()) {
    const block = asPseudoHeading(original, tree.children[index + 1], realDepth) ?? original
    if (original.type === 'heading') realDepth = original.depth
    if (block.type === 'html') {
      const tag = tagComment.exec(block.value.trim())
      if (tag) {
        const name = (tag[1] ?? '').toLowerCase()
        const line = block.position?.start.line ?? null
        if (isKind(name)) pendingKind = {kind: name, line}
        else {
          warnings.push({
            message: `Unknown kind \`${tag[1]}\` in a tsuzuri comment: use one of intro, background, experience, feelings, strategies, conclusion, other`,
            line,
            ruleId: 'unknown-kind',
          })
        }
        continue
      }
    }

    if (block.type === 'heading') {
      const text = toPlainText(block).trim()
      if (block.depth === 1 && !titleTaken && sections.length === 0 && !opening) {
        if (title === null || normalize(title) === normalize(text)) {
          titleTaken = true
          titleNode = block
          title = text
          if (pendingKind) {
            warnings.push({
              message:
                'A `<!-- tsuzuri: … -->` comment before the title tags nothing: move it to the line before a section heading',
              line: pendingKind.line,
              ruleId: 'stray-kind-comment',
            })
            pendingKind = undefined
          }
          continue
        }
      }
      const section: OutlineSection = {
        heading: block,
        source: original,
        headingText: text,
        depth: block.depth,
        blocks: [],
        children: [],
      }
      if (pendingKind) {
        section.explicitKind = pendingKind.kind
        pendingKind = undefined
      }
      while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= block.depth) stack.pop()
      const parent = stack[stack.length - 1]
      if (parent) parent.children.push(section)
      else sections.push(section)
      stack.push(section)
      continue
    }

    let current = stack[stack.length - 1]
    if (!current) {
      if (!opening) {
        opening = {
          heading: null,
          source: null,
          headingText: null,
          depth: 0,
          blocks: [],
          children: [],
        }
        sections.push(opening)
      }
      current = opening
    }
    if (pendingKind) {
      if (current === opening && opening.blocks.length === 0) {
        opening.explicitKind = pendingKind.kind
      } else {
        warnings.push({
          message:
            'A `<!-- tsuzuri: … -->` comment only tags the heading right after it: move it to the line before a heading',
          line: pendingKind.line,
          ruleId: 'stray-kind-comment',
        })
      }
      pendingKind = undefined
    }
    current.blocks.push(block)
  }

  if (pendingKind) {
    warnings.push({
      message:
        'A `<!-- tsuzuri: … -->` comment at the end of the essay tags nothing: move it before a heading',
      line: pendingKind.line,
      ruleId: 'stray-kind-comment',
    })
  }

  return {title, titleNode, sections, warnings}
}

function normalize(value: string) {
  return value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()
}

const terminalPunctuation = /[。．.!！?？、,:：;；]$/
const bracketLine = /^(?:【[^】]{1,30}】.{0,30}|[■□◆◇▼▽▶►●◎]\s*\S.{0,40})$/

/**
 * Many blogs mark sections with a bold line (`**私の気持ち**`) or a bracket line (`【体験談】`)
 * instead of a heading. Such a short, unpunctuated paragraph followed by more text is read as a
 * heading one level below the current section.
 */
function asPseudoHeading(
  block: RootContent,
  next: RootContent | undefined,
  parentDepth: number,
): Heading | undefined {
  if (block.type !== 'paragraph' || next === undefined || next.type === 'heading') return undefined
  const only = block.children.length === 1 ? block.children[0] : undefined
  const text = toPlainText(block).trim()
  const isBold = only?.type === 'strong'
  if (
    text === '' ||
    text.includes('\n') ||
    !withinHeadingLength(text) ||
    // A bold question (“**まず、マミートラックって？**”) is a heading all the same.
    (terminalPunctuation.test(text) && !(isBold && /[?？]$/.test(text)))
  ) {
    return undefined
  }
  if (!isBold && !(only?.type === 'text' && bracketLine.test(text))) return undefined
  const depth = Math.min(6, Math.max(2, parentDepth + 1)) as Heading['depth']
  const heading: Heading = {
    type: 'heading',
    depth,
    children: isBold && only.type === 'strong' ? only.children : block.children,
  }
  if (block.position) heading.position = block.position
  return heading
}
