import type {CollectionEssay, CollectionFacets, FacetCount} from './types.js'

/** How many essays have each tag, language and kind. */
export function countFacets(essays: readonly CollectionEssay[]): CollectionFacets {
  const tags = new Map<string, number>()
  const languages = new Map<string, number>()
  const kinds = new Map<string, number>()
  for (const essay of essays) {
    // `tags` holds no repeats, so each essay counts once per tag.
    for (const tag of essay.tags) add(tags, tag)
    add(languages, essay.lang)
    for (const [kind, sections] of Object.entries(essay.kinds)) {
      if (sections.length > 0) add(kinds, kind)
    }
  }
  return {tags: sorted(tags), languages: sorted(languages), kinds: sorted(kinds)}
}

function add(counts: Map<string, number>, value: string) {
  counts.set(value, (counts.get(value) ?? 0) + 1)
}

/** Most frequent first, then by value in code unit order: the same for the same essays. */
function sorted(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({value, count}))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
}
