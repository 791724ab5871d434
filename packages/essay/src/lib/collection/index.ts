/**
 * Many essays in one summary: `buildCollection` and the `Collection` format it returns (which
 * `tsuzuri index` writes as `collection.json`).
 */
export {assembleCollection, type NamedSummary} from './assemble.js'
export {buildCollection, validateCollectionOptions} from './build-collection.js'
export {defaultMaxTextLength, shortText} from './short-text.js'
export {summarizeEssay} from './summarize.js'
export type {
  Collection,
  CollectionEssay,
  CollectionFacets,
  CollectionInput,
  CollectionItem,
  CollectionOptions,
  CollectionSection,
  EssaySummary,
  FacetCount,
  SkippedInput,
} from './types.js'
