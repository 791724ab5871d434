import type {Kind} from '@tsuzuri/essay'
import type {LoadErrorCode} from './errors.js'

/** Languages the element's own labels and messages come in. */
export type UiLang = 'ja' | 'en'

/** Everything the element says in its own voice. */
export interface Strings {
  kinds: Record<Kind, string>
  tablist: string
  loading: string
  /** Before the author's name. */
  by: string
  original: string
  empty: (kinds: string) => string
  checklist: string
  failed: string
  /** What failed, for an error code (the element adds the HTTP status, if any). */
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
  empty: (kinds) => `${kinds}のセクションはありません`,
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
  empty: (kinds) => `No ${kinds} sections`,
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

/** The strings for a UI language. */
export function strings(lang: UiLang): Strings {
  return lang === 'ja' ? ja : en
}
