import type {Essay, Section} from '../types.js'

/**
 * How deep `toHtml` lets sections nest. `parseEssay` nests at most 7 levels (the opening and
 * headings 1 to 6); an essay from elsewhere may claim any depth, and rendering walks it.
 */
export const maxSectionDepth = 64

/** Enough of an Essay's shape to render it, checked the whole way down without recursion. */
export function isEssay(value: unknown): value is Essay {
  if (!value || typeof value !== 'object') return false
  const essay = value as Partial<Essay>
  if (typeof essay.lang !== 'string' || (essay.title !== null && typeof essay.title !== 'string'))
    return false
  const seen = new Set<unknown>()
  const pending: unknown[] = [essay.sections]
  while (pending.length > 0) {
    const sections = pending.pop()
    if (!Array.isArray(sections)) return false
    // A structure met twice is not a tree: `assertSectionTree` says so; stop here either way.
    if (seen.has(sections)) continue
    seen.add(sections)
    for (const section of sections as Array<Partial<Section> | null>) {
      if (
        !section ||
        typeof section !== 'object' ||
        typeof section.id !== 'string' ||
        typeof section.kind !== 'string' ||
        (section.heading !== null && typeof section.heading !== 'string') ||
        typeof section.html !== 'string'
      )
        return false
      if (!seen.has(section)) pending.push(section.children)
      seen.add(section)
    }
  }
  return true
}

/**
 * Check that `sections` is a tree no deeper than `maxSectionDepth`: every section and every
 * `children` array appears once. Without recursion, so a forged essay 20,000 levels deep or
 * with a cycle fails here, with a `TypeError`, instead of overflowing the stack or looping.
 *
 * @throws {TypeError} When `sections` nests too deep or is not a tree.
 */
export function assertSectionTree(sections: readonly Section[]): void {
  const seen = new Set<unknown>([sections])
  const pending: Array<{sections: readonly Section[]; depth: number}> = [{sections, depth: 1}]
  while (pending.length > 0) {
    const {sections: level, depth} = pending.pop() as (typeof pending)[number]
    for (const section of level) {
      if (seen.has(section) || seen.has(section.children)) {
        throw new TypeError(
          `Expected \`essay.sections\` to be a tree, not a structure where section \`${section.id.slice(0, 40)}\` appears twice (inside itself, or in two places)`,
        )
      }
      seen.add(section)
      seen.add(section.children)
      if (section.children.length === 0) continue
      if (depth >= maxSectionDepth) {
        throw new TypeError(
          `Expected \`essay.sections\` to nest at most ${maxSectionDepth} levels deep, not more (below section \`${section.id.slice(0, 40)}\`)`,
        )
      }
      pending.push({sections: section.children, depth: depth + 1})
    }
  }
}
