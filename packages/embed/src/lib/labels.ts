import type {Kind} from '@tsuzuri/essay'
import type {LoadErrorCode} from './errors.js'

/** Languages the element's own labels and messages come in. */
export type UiLang = 'ja' | 'en'

/**
 * Everything the element says in its own voice, for the `labels` property (or the JSON of the
 * `labels` attribute): give any of these to replace the built-in Japanese or English words.
 * `kinds` and `errors` are merged name by name, so `{kinds: {strategies: 'Conseils'}}` renames
 * one tab and keeps the others.
 */
export interface Labels {
  /** The name of each kind: tabs and the stack layout's headings. */
  kinds?: Partial<Record<Kind, string>>
  /** The tab list's accessible name (read by screen readers, not shown). */
  tablist?: string
  /** Shown while the essay loads. */
  loading?: string
  /** Before the author's name (`By `, `著者：`). */
  by?: string
  /** The link to the original post. */
  original?: string
  /** When a kind, or every shown kind, has no section: `{kinds}` is replaced with their names. */
  empty?: string
  /** Between the names of kinds in `empty` (`, `, `・`). */
  separator?: string
  /** The accessible name of a checklist of strategies. */
  checklist?: string
  /** The first line of an error. */
  failed?: string
  /** What failed, by error code; the element adds the HTTP status, the URL and the cause. */
  errors?: Partial<Record<LoadErrorCode, string>>
}

/** Every label, as the element uses them. */
export type Strings = Required<Labels> & {
  kinds: Record<Kind, string>
  errors: Record<LoadErrorCode, string>
}

const ja: Strings = {
  kinds: {
    intro: 'はじめに',
    background: '背景',
    experience: '体験談',
    feelings: '気持ち',
    strategies: '対策',
    conclusion: 'まとめ',
    other: 'その他',
  },
  tablist: 'セクション',
  loading: '読み込み中…',
  by: '著者：',
  original: '元の記事',
  empty: '{kinds}のセクションはありません',
  separator: '・',
  checklist: 'チェックリスト',
  failed: 'エッセイを表示できません',
  errors: {
    'not-found': '見つかりません',
    http: 'サーバーエラー',
    network: 'ネットワークまたは CORS のエラー',
    timeout: '時間切れ',
    'too-large': '大きすぎます',
    'not-essay': 'エッセイではありません',
    parser: 'パーサーを読み込めません',
  },
}

const en: Strings = {
  kinds: {
    intro: 'Introduction',
    background: 'Background',
    experience: 'Experience',
    feelings: 'Feelings',
    strategies: 'Strategies',
    conclusion: 'Conclusion',
    other: 'Other',
  },
  tablist: 'Sections',
  loading: 'Loading…',
  by: 'By ',
  original: 'Original post',
  empty: 'No {kinds} sections',
  separator: ', ',
  checklist: 'Checklist',
  failed: 'Could not show the essay',
  errors: {
    'not-found': 'Not found',
    http: 'Server error',
    network: 'Network or CORS error',
    timeout: 'Timed out',
    'too-large': 'Too large',
    'not-essay': 'Not an essay',
    parser: 'Could not load the parser',
  },
}

/** The UI language for a BCP 47 tag: Japanese for `ja…`, English otherwise. */
export function uiLang(tag: string | null | undefined): UiLang {
  return /^ja\b/i.test(tag ?? '') ? 'ja' : 'en'
}

/**
 * The strings for a UI language, with the page's `labels` over them (`kinds` and `errors` name by
 * name). Labels come from pages, and from JSON: whatever their shape, this never throws.
 */
export function strings(lang: UiLang, labels?: Labels | null): Strings {
  const base = lang === 'ja' ? ja : en
  return labels
    ? {
        ...base,
        ...labels,
        kinds: {...base.kinds, ...labels.kinds},
        errors: {...base.errors, ...labels.errors},
      }
    : base
}

/** `empty` with the names of the kinds in place of `{kinds}`. */
export function emptyText(t: Strings, kinds: string): string {
  return `${t.empty}`.replace('{kinds}', () => kinds)
}

/**
 * The `labels` attribute: JSON (`null` once it is removed), or else nothing (the built-in words)
 * and a warning in the console, which says what is wrong and where.
 */
export function readLabels(value: string | null): Labels | null | undefined {
  try {
    return JSON.parse(value as string)
  } catch (error) {
    console.warn(`<tsuzuri-essay>: labels attribute ignored, not JSON: ${(error as Error).message}`)
    return undefined
  }
}
