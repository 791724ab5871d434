import type {CollectionEssay, CollectionFacets, FacetCount} from './types.js'

/** How many essays have each tag, language and kind. */
export function countFacets(essays: readonly CollectionEssay[]): CollectionFacets {
  const counter = new FacetCounter()
  for (const essay of essays) counter.add(essay)
  return counter.facets()
}

/**
 * Facets counted one essay at a time, so that `tsuzuri index` need not keep every essay to
 * count them.
 */
export class FacetCounter {
  readonly #tags = new Map<string, number>()
  readonly #languages = new Map<string, number>()
  readonly #kinds = new Map<string, number>()

  add(essay: Pick<CollectionEssay, 'tags' | 'lang' | 'kinds'>): void {
    // `tags` holds no repeats, so each essay counts once per tag.
    for (const tag of essay.tags) add(this.#tags, tag)
    add(this.#languages, essay.lang)
    for (const [kind, sections] of Object.entries(essay.kinds)) {
      if (sections.length > 0) add(this.#kinds, kind)
    }
  }

  facets(): CollectionFacets {
    return {
      tags: sorted(this.#tags),
      languages: sorted(this.#languages),
      kinds: sorted(this.#kinds),
    }
  }
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
