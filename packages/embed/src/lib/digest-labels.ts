import type {Kind} from '@tsuzuri/essay'
import type {CollectionErrorCode} from './collection.js'
import type {UiLang} from './labels.js'

/** A word counted: the singular and plural forms, `{n}` standing for the number. */
export type Counted = [one: string, other: string]

/**
 * Everything `<tsuzuri-digest>` says in its own voice, for its `labels` property (or the JSON of
 * its `labels` attribute): give any of these to replace the built-in Japanese or English words.
 * `kinds`, `items` and `errors` are merged name by name.
 */
export interface DigestLabels {
  /** The name of each kind: the title of an entry from a section without a heading. */
  kinds?: Partial<Record<Kind, string>>
  /** What the count counts, for each kind (`['{n} strategy', '{n} strategies']`). */
  items?: Partial<Record<Kind, Counted>>
  /** The posts counted (`['{n} post', '{n} posts']`). */
  posts?: Counted
  /** The count: `{items}` and `{posts}` are replaced with the counted words (`{items} from {posts}`). */
  count?: string
  /** The search box's label. */
  search?: string
  /** The tag filter's label. */
  tag?: string
  /** The tag filter's choice of every tag. */
  allTags?: string
  /** The language filter's label. */
  language?: string
  /** The language filter's choice of every language. */
  allLanguages?: string
  /** Before an author's name (`By `, `著者：`). */
  by?: string
  /** An essay without a title. */
  untitled?: string
  /** When nothing passes the filters. */
  empty?: string
  /** The button that shows more entries past `limit`. */
  more?: string
  /** Shown while the collection loads. */
  loading?: string
  /** The first line of an error. */
  failed?: string
  /** What failed, by error code; the element adds the HTTP status, the URL and the cause. */
  errors?: Partial<Record<CollectionErrorCode, string>>
}

/** Every label, as the element uses them. */
export type DigestStrings = Required<DigestLabels> & {
  kinds: Record<Kind, string>
  items: Record<Kind, Counted>
  errors: Record<CollectionErrorCode, string>
}

const ja: DigestStrings = {
  kinds: {
    intro: 'はじめに',
    background: '背景',
    experience: '体験談',
    feelings: '気持ち',
    strategies: '対策',
    conclusion: 'まとめ',
    other: 'その他',
  },
  items: {
    intro: ['{n} 件のはじめに', '{n} 件のはじめに'],
    background: ['{n} 件の背景', '{n} 件の背景'],
    experience: ['{n} 件の体験談', '{n} 件の体験談'],
    feelings: ['{n} 件の気持ち', '{n} 件の気持ち'],
    strategies: ['{n} 件の対策', '{n} 件の対策'],
    conclusion: ['{n} 件のまとめ', '{n} 件のまとめ'],
    other: ['{n} 件のその他', '{n} 件のその他'],
  },
  posts: ['{n} 件の記事', '{n} 件の記事'],
  count: '{posts}から {items}',
  search: '検索',
  tag: 'タグ',
  allTags: 'すべてのタグ',
  language: '言語',
  allLanguages: 'すべての言語',
  by: '著者：',
  untitled: '無題',
  empty: '条件に合うものはありません',
  more: 'さらに表示',
  loading: '読み込み中…',
  failed: '一覧を表示できません',
  errors: {
    'not-found': '見つかりません',
    http: 'サーバーエラー',
    network: 'ネットワークまたは CORS のエラー',
    timeout: '時間切れ',
    'too-large': '大きすぎます',
    'not-collection': 'コレクションではありません',
    version: '読めない版のコレクションです',
  },
}

const en: DigestStrings = {
  kinds: {
    intro: 'Introduction',
    background: 'Background',
    experience: 'Experience',
    feelings: 'Feelings',
    strategies: 'Strategies',
    conclusion: 'Conclusion',
    other: 'Other',
  },
  items: {
    intro: ['{n} introduction', '{n} introductions'],
    background: ['{n} background section', '{n} background sections'],
    experience: ['{n} experience', '{n} experiences'],
    feelings: ['{n} section on feelings', '{n} sections on feelings'],
    strategies: ['{n} strategy', '{n} strategies'],
    conclusion: ['{n} conclusion', '{n} conclusions'],
    other: ['{n} other section', '{n} other sections'],
  },
  posts: ['{n} post', '{n} posts'],
  count: '{items} from {posts}',
  search: 'Search',
  tag: 'Tag',
  allTags: 'All tags',
  language: 'Language',
  allLanguages: 'All languages',
  by: 'By ',
  untitled: 'Untitled',
  empty: 'Nothing matches',
  more: 'Show more',
  loading: 'Loading…',
  failed: 'Could not show the collection',
  errors: {
    'not-found': 'Not found',
    http: 'Server error',
    network: 'Network or CORS error',
    timeout: 'Timed out',
    'too-large': 'Too large',
    'not-collection': 'Not a collection',
    version: 'A collection version this element cannot read',
  },
}

/** The kinds a digest can list. */
export const digestKinds = Object.keys(en.kinds) as Kind[]

/**
 * The strings for a UI language, with the page's `labels` over them (`kinds`, `items` and
 * `errors` name by name). Labels come from pages, and from JSON: whatever their shape, this
 * never throws.
 */
export function digestStrings(lang: UiLang, labels?: DigestLabels | null): DigestStrings {
  const base = lang === 'ja' ? ja : en
  return labels
    ? {
        ...base,
        ...labels,
        kinds: {...base.kinds, ...labels.kinds},
        items: {...base.items, ...labels.items},
        errors: {...base.errors, ...labels.errors},
      }
    : base
}

/**
 * A counted word in the language `lang` (a BCP 47 tag): its singular or plural form as
 * `Intl.PluralRules` chooses, with the number written as `lang` writes it.
 */
export function counted(forms: Counted | string, count: number, lang: string): string {
  const [one, other = one] = Array.isArray(forms) ? forms : [forms]
  const [rule, number] = intl(
    () => [new Intl.PluralRules(lang).select(count), count.toLocaleString(lang)],
    [count === 1 ? 'one' : 'other', String(count)],
  )
  return `${rule === 'one' ? one : other}`.replace('{n}', () => number)
}

/** `count` with the counted items and posts in place of `{items}` and `{posts}`. */
export function countText(t: DigestStrings, items: string, posts: string): string {
  return `${t.count}`.replace(/\{(items|posts)\}/g, (_, name: string) =>
    name === 'items' ? items : posts,
  )
}

/** The name of a language (`日本語`, `English`) in the language `lang`, else its tag. */
export function languageName(tag: string, lang: string): string {
  return intl(() => new Intl.DisplayNames([lang], {type: 'language'}).of(tag) ?? tag, tag)
}

/** What `read` gives, or `fallback` when `Intl` refuses a tag (a `RangeError`). */
function intl<T>(read: () => T, fallback: T): T {
  try {
    return read()
  } catch {
    return fallback
  }
}

/**
 * The `labels` attribute: JSON (`null` once it is removed), or else nothing (the built-in words)
 * and a warning in the console, which says what is wrong and where.
 */
export function readDigestLabels(value: string | null): DigestLabels | null | undefined {
  try {
    return JSON.parse(value as string)
  } catch (error) {
    console.warn(
      `<tsuzuri-digest>: labels attribute ignored, not JSON: ${(error as Error).message}`,
    )
    return undefined
  }
}
