export {
  buildCollection,
  type Collection,
  type CollectionEssay,
  type CollectionFacets,
  type CollectionInput,
  type CollectionItem,
  type CollectionOptions,
  type CollectionSection,
  type FacetCount,
  type SkippedInput,
} from './lib/collection/index.js'
export {EssayError} from './lib/errors.js'
export type {EssaySection, EssaySectionData} from './lib/essay-section.js'
export {isKind, kinds} from './lib/kinds.js'
export {parseEssay} from './lib/parse-essay.js'
export {remarkEssay} from './lib/remark-essay.js'
export {
  type HtmlAllowlist,
  htmlAllowlist,
  safeUrl,
  sanitizeSchema,
  type ToHtmlOptions,
  toHtml,
} from './lib/render/index.js'
export type {
  Essay,
  EssayWarning,
  ItemPlace,
  Kind,
  Options,
  Point,
  Position,
  Section,
  StrategyItem,
  WarningRule,
} from './lib/types.js'
