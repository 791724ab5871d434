import type {Collection} from '@tsuzuri/essay'
import type {CollectionErrorCode} from './collection.js'

/** `detail` of `tsuzuri-filter-change`: what the reader chose, and what it shows. */
export interface TsuzuriFilterChangeDetail {
  /** The tag chosen, or `''` for every tag. */
  tag: string
  /** The language chosen, or `''` for every language. */
  lang: string
  /** The text searched for, as typed. */
  query: string
  /** How many entries pass the filters (shown or past `limit`). */
  items: number
  /** How many essays they come from. */
  essays: number
}

/** `detail` of `tsuzuri-collection-error`. */
export interface TsuzuriCollectionErrorDetail {
  /** What failed (see `CollectionErrorCode`). */
  code: CollectionErrorCode
  /** The message the element shows, in its UI language. */
  message: string
  /** The URL that failed, or `''` for the `collection` property. */
  url: string
  /** The HTTP status, or `0` when there was no response. */
  status: number
}

/** Fired when a collection is shown; `detail` is the collection, as checked. */
export type TsuzuriCollectionLoadEvent = CustomEvent<Collection>
/** Fired when the reader changes a filter or the search. */
export type TsuzuriFilterChangeEvent = CustomEvent<TsuzuriFilterChangeDetail>
/** Fired when a collection cannot be shown. */
export type TsuzuriCollectionErrorEvent = CustomEvent<TsuzuriCollectionErrorDetail>

/** Events of `<tsuzuri-digest>` by name. */
export interface TsuzuriDigestEventMap {
  'tsuzuri-collection-load': TsuzuriCollectionLoadEvent
  'tsuzuri-filter-change': TsuzuriFilterChangeEvent
  'tsuzuri-collection-error': TsuzuriCollectionErrorEvent
}
