import type {Definition, Root} from 'mdast'
import {isPlatformAside, replaceRawHtml} from './input/index.js'
import {extractItems} from './items/index.js'
import {blocksToPlainText} from './mdast-text.js'
import type {IdRegistry, OutlineSection} from './outline/index.js'
import {type LanguageProfile, matchWords} from './profiles/index.js'
import {renderBlocks} from './render/index.js'
import {
  addContrasts,
  type Decision,
  type Fixed,
  featuresOf,
  model,
  type SectionFeatures,
  type SectionView,
  type TaggerModel,
  tagSequence,
} from './tagger/index.js'
import type {Kind, Section} from './types.js'

export interface BuildContext {
  profile: LanguageProfile
  ids: IdRegistry
  definitions: readonly Definition[]
  /** Kinds forced by frontmatter `kinds`, keyed by heading text or section id (without prefix). */
  forced: ReadonlyMap<string, Kind>
  /** Keys of `forced` that matched a section, to warn about the others. */
  forcedUsed: Set<string>
  idPrefix: string
  /** Whether to render `html` (the unified plugin does not need it). */
  html: boolean
  /** The fitted tagger; the generated one unless a training run passes its own. */
  model?: TaggerModel | undefined
}

interface Prepared {
  section: OutlineSection
  id: string
  text: string
  children: Prepared[]
}

/** Tag and render the outline's sections: each level decoded as one sequence, top down. */
export function buildSections(
  sections: readonly OutlineSection[],
  context: BuildContext,
): Section[] {
  // Ids are taken in document order, before any tagging, so they never depend on the kinds.
  const prepared = sections.map((section, index) => prepare(section, context, index === 0))
  return tagLevel(prepared, context, undefined)
}

function prepare(section: OutlineSection, context: BuildContext, first: boolean): Prepared {
  const fakeRoot: Root = {type: 'root', children: section.blocks}
  replaceRawHtml(fakeRoot)
  section.blocks = fakeRoot.children
  // Raw HTML in a heading is never rendered either.
  if (section.heading) replaceRawHtml(section.heading)
  const id = context.ids.take(
    section.headingText,
    first && section.heading === null ? 'intro' : 'section',
  )
  return {
    section,
    id,
    text: blocksToPlainText(section.blocks),
    children: section.children.map((child) => prepare(child, context, false)),
  }
}

function tagLevel(
  level: readonly Prepared[],
  context: BuildContext,
  parent: Decision | undefined,
): Section[] {
  const sections = level.map((entry) => entry.section)
  const features = levelFeatures(sections, context.profile, parent?.kind)
  const fixed = level.map((entry, index) => fixedKind(entry, context, parent, index))
  const decisions = tagSequence(
    context.model ?? model,
    features,
    fixed,
    parent?.kind,
    sections.map((section) => section.headingText),
  )
  return level.map((entry, index) => {
    const decision = decisions[index] as Decision
    const {section} = entry
    const result: Section = {
      id: entry.id,
      kind: decision.kind,
      confidence: decision.confidence,
      reasons: decision.reasons,
      heading: section.headingText,
      depth: section.depth,
      text: entry.text,
      html: context.html ? renderBlocks(section.blocks, context.definitions) : '',
      position: positionOf(section),
      children: tagLevel(entry.children, context, decision),
    }
    if (decision.kind === 'strategies')
      result.items = extractItems(section, context.profile, entry.id)
    return result
  })
}

/** The features of one level's sections, as the tagger and the training script see them. */
export function levelFeatures(
  sections: readonly OutlineSection[],
  profile: LanguageProfile,
  parent: Kind | undefined,
): SectionFeatures[] {
  // Asides at the end (author bio, related posts, comment notices, a platform's footer such as
  // WordPress's “4 thoughts on …”) follow the closing word.
  let trailingFrom = sections.length
  const other = profile.headingCues.other
  const aside = (heading: string) =>
    (other !== undefined && matchWords(other, heading, profile) !== undefined) ||
    isPlatformAside(heading.trim())
  while (
    parent === undefined &&
    trailingFrom > 1 &&
    aside(sections[trailingFrom - 1]?.headingText ?? '')
  ) {
    trailingFrom--
  }
  const features = sections.map((section, index) => {
    const view: SectionView = {
      heading: section.headingText,
      text: [blocksToPlainText(section.blocks), ...section.children.map(subtreeText)].join('\n'),
      blocks: section.blocks,
      childHeadings: section.children.map((child) => child.headingText ?? ''),
      index,
      count: sections.length,
      trailing: index >= trailingFrom,
      nested: parent !== undefined,
    }
    return featuresOf(view, profile, parent)
  })
  addContrasts(features, trailingFrom)
  return features
}

/** A kind the author gave, or the untitled opening's: not the model's to decide. */
function fixedKind(
  entry: Prepared,
  context: BuildContext,
  parent: Decision | undefined,
  index: number,
): Fixed | undefined {
  const {section, id} = entry
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
  // What is inside an aside (a related post's title under 関連記事) is not the essay either.
  if (parent?.kind === 'other') {
    return {
      kind: 'other',
      confidence: parent.confidence,
      reasons: ['inside a section that is not the essay'],
    }
  }
  if (section.heading === null && parent === undefined && index === 0) {
    return {kind: 'intro', confidence: 0.9, reasons: ['text before the first heading']}
  }
  return undefined
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
