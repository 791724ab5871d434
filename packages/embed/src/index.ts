export type {CollectionErrorCode} from './lib/collection.js'
export type {
  TsuzuriCollectionErrorDetail,
  TsuzuriCollectionErrorEvent,
  TsuzuriCollectionLoadEvent,
  TsuzuriDigestEventMap,
  TsuzuriFilterChangeDetail,
  TsuzuriFilterChangeEvent,
} from './lib/digest-events.js'
export type {Counted, DigestLabels} from './lib/digest-labels.js'
export type {LoadErrorCode} from './lib/errors.js'
export type {
  TsuzuriErrorDetail,
  TsuzuriErrorEvent,
  TsuzuriEventMap,
  TsuzuriLoadEvent,
  TsuzuriSectionChangeDetail,
  TsuzuriSectionChangeEvent,
} from './lib/events.js'
export type {Labels} from './lib/labels.js'
export type {Format} from './lib/source.js'
export {type Grouping, TsuzuriDigest} from './tsuzuri-digest/tsuzuri-digest.js'
export {type Layout, type Loading, type Theme, TsuzuriEssay} from './tsuzuri-essay/tsuzuri-essay.js'
