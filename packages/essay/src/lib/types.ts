/**
 * The kinds a section of an essay can have.
 *
 * - `intro`: the opening, before or under the first heading.
 * - `background`: definitions and context (“〜とは?”, “What is the mommy track?”).
 * - `experience`: what happened to the author.
 * - `feelings`: how it felt.
 * - `strategies`: what to do about it; such sections carry `items`.
 * - `conclusion`: the closing word.
 * - `other`: not the essay itself: related posts, the author's bio, comment and follow notices.
 */
export type Kind =
  | 'intro'
  | 'background'
  | 'experience'
  | 'feelings'
  | 'strategies'
  | 'conclusion'
  | 'other'

/** A point in the input: 1-indexed line and column. */
export interface Point {
  line: number
  column: number
}

/** Where a section starts and ends in the input (heading included, children included). */
export interface Position {
  start: Point
  end: Point
}

/** One strategy a `strategies` section presents. */
export interface StrategyItem {
  /** The strategy's name, numbering (①, 1., (1), Step 1:) stripped. */
  title: string
  /** The rest of what the author wrote about it, as plain text (may be empty). */
  text: string
  /** The `id` of the section it belongs to, so a link can point at `#section`. */
  section: string
  /**
   * Where in that section the author wrote it. `parseEssay` always says; `null` is for data made
   * by hand or by a version that did not (the element then lists the item apart).
   */
  at: ItemPlace | null
}

/**
 * Where a strategy item is in its section:
 *
 * - `{subsection: n}`: it is the section's subsection `children[n]` (`### ① Ask in writing`);
 * - `{block: n}`: it is the paragraph that is the `n`th element (0-based) at the top of the
 *   section's `html`;
 * - `{block: n, listItem: m}`: it is item `m` of the list that is that element;
 * - `{block: n, sentence: m}`: advice written as prose: it starts at sentence `m` of that
 *   paragraph (several items may share one), so it has no element of its own.
 */
export type ItemPlace =
  | {subsection: number}
  | {block: number; listItem?: number}
  | {block: number; sentence: number}

/** A section of an essay, tagged by kind. */
export interface Section {
  /** Stable, unique (within the essay), URL-fragment-safe id derived from the heading. */
  id: string
  /** What the section is. */
  kind: Kind
  /** How sure the tagger is, from 0 to 1 (1 for an explicit author tag). */
  confidence: number
  /** Short human-readable reasons for `kind`, strongest first. */
  reasons: string[]
  /** The heading as plain text, or `null` for the untitled opening section. */
  heading: string | null
  /** Heading depth (1–6); 0 for the untitled opening section. */
  depth: number
  /** Plain text of the section's own blocks (heading and children excluded). */
  text: string
  /** Sanitized HTML of the section's own blocks (heading and children excluded). */
  html: string
  /** Where the section is in the input. */
  position: Position
  /** Subsections, each tagged too. */
  children: Section[]
  /** The individual strategies; present on every `strategies` section (possibly empty). */
  items?: StrategyItem[]
}

/** The rules warnings are about: docs/warnings.md explains each and what to do. */
export type WarningRule =
  | 'missing-heading-space'
  | 'deep-nesting'
  | 'unknown-kind'
  | 'stray-kind-comment'
  | 'frontmatter-kinds'
  | 'unused-kind'
  | 'frontmatter-key'
  | 'frontmatter-url'
  | 'long-input'
  | 'long-block'
  | 'deep-markers'
  | 'bracket-run'
  | 'emphasis-run'
  | 'markup-budget'
  | 'definition-budget'

/** Something the author may want to fix; never fatal. */
export interface EssayWarning {
  /** What is wrong and what to do about it. */
  message: string
  /** 1-indexed line in the input, when the warning is about one place. */
  line: number | null
  /**
   * Which rule the warning is about, one word per rule (`'missing-heading-space'`,
   * `'deep-nesting'`, `'frontmatter-url'`, …): each is explained in docs/warnings.md, where
   * `remarkEssay`'s messages link to (`message.url`).
   */
  ruleId: WarningRule
}

/** A parsed essay. */
export interface Essay {
  /** The first H1, or frontmatter `title`; `null` when there is neither. */
  title: string | null
  /** BCP 47 language tag: frontmatter `lang`, `options.lang`, or detected (`ja` or `en`). */
  lang: string
  /** The YAML frontmatter, parsed; `{}` when there is none. */
  frontmatter: Record<string, unknown>
  /** Top-level sections in document order. */
  sections: Section[]
  /** Things the author may want to fix (unknown explicit kinds, …). */
  warnings: EssayWarning[]
}

/** Configuration for `parseEssay` and `remarkEssay`. */
export interface Options {
  /**
   * How to read the input: `'markdown'`, `'text'` (plain text copied from a web page, headings
   * without `#`), `'html'` (a post's HTML or a whole page, reduced to its article; the page's
   * metadata fills `frontmatter`), or `'auto'` to decide from the input.
   *
   * @default 'auto'
   */
  format?: 'auto' | 'markdown' | 'text' | 'html' | null | undefined
  /**
   * Language of the essay, when known (BCP 47, e.g. `'ja'`, `'en'`); overrides detection.
   *
   * @default undefined (frontmatter `lang`, else detected)
   */
  lang?: string | null | undefined
  /**
   * Prefix for every section id, to keep ids unique when several essays share a page.
   *
   * @default ''
   */
  idPrefix?: string | null | undefined
}
