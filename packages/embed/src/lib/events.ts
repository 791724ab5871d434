import type {Essay, Kind} from '@tsuzuri/essay'
import type {LoadErrorCode} from './errors.js'

/** `detail` of `tsuzuri-section-change`. */
export interface TsuzuriSectionChangeDetail {
  /** The kind whose tab the reader selected. */
  kind: Kind
  /** The kind selected before. */
  previous: Kind
}

/** `detail` of `tsuzuri-error`. */
export interface TsuzuriErrorDetail {
  /** What failed (see `LoadErrorCode`). */
  code: LoadErrorCode
  /** The message the element shows, in its UI language. */
  message: string
  /** The URL that failed, or `''` for inline data and the `essay` property. */
  url: string
  /** The HTTP status, or `0` when there was no response. */
  status: number
}

/** Fired when an essay is shown: from `src`, the `essay` property, or the element's children. */
export type TsuzuriLoadEvent = CustomEvent<Essay>
/** Fired when the reader selects another tab. */
export type TsuzuriSectionChangeEvent = CustomEvent<TsuzuriSectionChangeDetail>
/** Fired when an essay cannot be shown. */
export type TsuzuriErrorEvent = CustomEvent<TsuzuriErrorDetail>

/** Events of `<tsuzuri-essay>` by name. */
export interface TsuzuriEventMap {
  'tsuzuri-load': TsuzuriLoadEvent
  'tsuzuri-section-change': TsuzuriSectionChangeEvent
  'tsuzuri-error': TsuzuriErrorEvent
}
