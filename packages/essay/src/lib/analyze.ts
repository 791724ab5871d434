import type {Definition, Root} from 'mdast'
import {classify, type Decision} from './classify.js'
import {extractItems} from './items.js'
import type {OutlineSection} from './outline.js'
import {replaceRawHtml} from './raw-html.js'
import {renderBlocks} from './render.js'
import {namesAside, structureOf} from './signals.js'
import type {IdRegistry} from './slug.js'
import {blocksToPlainText} from './text.js'
import type {Kind, Section} from './types.js'

export interface AnalyzeContext {
  japanese: boolean
  ids: IdRegistry
  definitions: readonly Definition[]
  /** Kinds forced by frontmatter `kinds`, keyed by heading text or section id (without prefix). */
  forced: ReadonlyMap<string, Kind>
  /** Keys of `forced` that matched a section, to warn about the others. */
  forcedUsed: Set<string>
  idPrefix: string
  /** Whether to render `html` (the unified plugin does not need it). */
  html: boolean
}

/** Tag and render the outline's sections, depth first. */
export function analyzeSections(
  sections: readonly OutlineSection[],
  context: AnalyzeContext,
): Section[] {
  const hasOpening = sections[0]?.heading === null
  // The closing word comes before any trailing asides (author profile, comment note).
  let closingIndex = sections.length - 1
  while (closingIndex > 0 && namesAside(sections[closingIndex]?.headingText ?? null)) closingIndex--
  // Left to right, so each section knows the kind of the one before it (the essay's arc).
  let previous: Kind | undefined
  return sections.map((section, index) => {
    const result = analyzeSection(section, context, {
      index,
      count: sections.length,
      closingIndex,
      hasOpening,
      previous,
      parent: undefined,
    })
    previous = result.kind
    return result
  })
}

interface Place {
  index: number | undefined
  count: number
  closingIndex: number
  hasOpening: boolean
  previous: Kind | undefined
  parent: Decision | undefined
}

function analyzeSection(section: OutlineSection, context: AnalyzeContext, place: Place): Section {
  const fakeRoot: Root = {type: 'root', children: section.blocks}
  replaceRawHtml(fakeRoot)
  section.blocks = fakeRoot.children
  // Raw HTML in a heading is never rendered either.
  if (section.heading) replaceRawHtml(section.heading)

  const text = blocksToPlainText(section.blocks)
  const id = context.ids.take(
    section.headingText,
    place.index === 0 && section.heading === null ? 'intro' : 'section',
  )
  const decision = decide(section, text, id, context, place)

  const children = section.children.map((child) =>
    analyzeSection(child, context, {
      index: undefined,
      count: 0,
      closingIndex: -1,
      hasOpening: false,
      previous: undefined,
      parent: decision,
    }),
  )

  const result: Section = {
    id,
    kind: decision.kind,
    confidence: decision.confidence,
    reasons: decision.reasons,
    heading: section.headingText,
    depth: section.depth,
    text,
    html: context.html ? renderBlocks(section.blocks, context.definitions) : '',
    position: positionOf(section),
    children,
  }
  if (decision.kind === 'strategies') result.items = extractItems(section, context.japanese)
  return result
}

function decide(
  section: OutlineSection,
  text: string,
  id: string,
  context: AnalyzeContext,
  place: Place,
): Decision {
  if (section.explicitKind) {
    return {kind: section.explicitKind, confidence: 1, reasons: ['tagged by the author']}
  }
  const unprefixed = id.slice(context.idPrefix.length)
  const key = [section.headingText?.trim(), unprefixed, id].find(
    (candidate) => candidate !== undefined && context.forced.has(candidate),
  )
  const forced = key === undefined ? undefined : context.forced.get(key)
  if (key !== undefined && forced) {
    context.forcedUsed.add(key)
    return {kind: forced, confidence: 1, reasons: ['tagged by the author in frontmatter `kinds`']}
  }
  if (section.heading === null && place.parent === undefined) {
    return {kind: 'intro', confidence: 0.9, reasons: ['text before the first heading']}
  }
  const childHeadings = section.children.map((child) => child.headingText ?? '')
  const fullText = [text, ...section.children.map((child) => subtreeText(child))].join('\n')
  return classify({
    heading: section.headingText,
    text: fullText,
    structure: structureOf(section.blocks, childHeadings, context.japanese),
    japanese: context.japanese,
    index: place.index,
    count: place.count,
    closingIndex: place.closingIndex,
    hasOpening: place.hasOpening,
    previous: place.previous,
    parent: place.parent,
  })
}

function subtreeText(section: OutlineSection): string {
  return [
    section.headingText ?? '',
    blocksToPlainText(section.blocks),
    ...section.children.map(subtreeText),
  ].join('\n')
}

function positionOf(section: OutlineSection): Section['position'] {
  const first = section.heading ?? section.blocks[0]
  let last: OutlineSection = section
  while (last.children.length > 0) last = last.children[last.children.length - 1] as OutlineSection
  const end = last.blocks[last.blocks.length - 1] ?? last.heading ?? first
  const start = first?.position?.start
  const stop = end?.position?.end
  return {
    start: {line: start?.line ?? 1, column: start?.column ?? 1},
    end: {line: stop?.line ?? start?.line ?? 1, column: stop?.column ?? start?.column ?? 1},
  }
}
