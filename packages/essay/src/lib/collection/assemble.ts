import {countFacets} from './facets.js'
import {preferredId, uniqueIds} from './ids.js'
import type {Collection, CollectionEssay, EssaySummary, SkippedInput} from './types.js'

/** An essay's summary with the name and file it was given. */
export interface NamedSummary {
  summary: EssaySummary
  name?: string | null | undefined
  file?: string | null | undefined
}

/**
 * The collection of essays already summarized, in the order given: ids made unique, facets
 * counted. `buildCollection` summarizes then comes here; so does `tsuzuri index`, whose workers
 * send back summaries instead of whole essays.
 */
export function assembleCollection(
  named: readonly NamedSummary[],
  skipped: readonly SkippedInput[],
): Collection {
  const ids = uniqueIds(
    named.map(({summary, name}) => preferredId(summary.slug, name, summary.title)),
  )
  const essays = named.map(({summary, file}, index): CollectionEssay => {
    const {slug: _slug, ...rest} = summary
    return {id: ids[index] as string, file: file ?? null, ...rest}
  })
  return {
    version: 1,
    essays,
    facets: countFacets(essays),
    skipped: skipped.map(({input, reason}) => ({input, reason})),
  }
}
