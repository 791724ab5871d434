/**
 * The kinds a section of an essay can have: the same as `Kind` in `@tsuzuri/essay`, restated here
 * because the corpus depends on nothing of the parser it judges (see `kinds.js`); the parser's
 * corpus test checks both are the same.
 */
export type Kind =
  | 'intro'
  | 'background'
  | 'experience'
  | 'feelings'
  | 'strategies'
  | 'conclusion'
  | 'other'

/** Language of an essay. */
export type Lang = 'ja' | 'en'

/** How an essay is written: Markdown, or plain text copied from a rendered web page. */
export type Format = 'markdown' | 'text'

/** What an essay exercises; `check.js` makes sure each is covered by some essay. */
export type Feature =
  | 'explicit-tags'
  | 'heading-names-kind'
  | 'heading-hides-kind'
  | 'strategies-as-subsections'
  | 'strategies-as-list'
  | 'frontmatter'
  | 'no-h1'
  | 'plain-text'
  | 'plain-text-twin'
  | 'single-newline-paragraphs'
  | 'nested'
  | 'h4'
  | 'no-strategies'
  | 'intro-before-heading'
  | 'background'
  | 'crlf'
  | 'emoji'
  | 'fullwidth-space'
  | 'time-and-colon'
  | 'raw-html'
  | 'strategies-as-prose'
  | 'typographic-quotes'
  | 'paste-noise'
  | 'toc'
  | 'heading-marks'
  | 'trailing-other'
  | 'non-strategy-list'
  | 'blank-after-major-heading'
  | 'listicle'
  | 'bold-pseudo-heading'
  | 'starts-at-h3'

/** A section as a careful human reader would tag it. */
export interface ExpectedSection {
  /**
   * The heading as plain text, marks included (no `#`, no bold markers); `null` for the untitled
   * opening.
   */
  heading: string | null
  /** What the section is. */
  kind: Kind
  /**
   * The strategies a `strategies` section presents, numbering (①, 1., (1), Step 1:, その1,
   * ポイント1：) or bullet and a trailing period stripped. Absent when the section presents none.
   */
  items?: string[]
  /** Subsections, in order. Absent when there are none. */
  children?: ExpectedSection[]
}

/** The expected result of parsing one essay. */
export interface ExpectedEssay {
  lang: Lang
  format: Format
  /** The first H1, frontmatter `title`, or (plain text) the title line; `null` when none. */
  title: string | null
  /** What the essay exercises. */
  features: Feature[]
  /** For a plain-text copy of a Markdown essay: that essay's file name (same labels). */
  twin?: string
  /** Top-level sections in document order. */
  sections: ExpectedSection[]
}

/** One essay of the corpus. */
export interface CorpusEssay {
  /** File name in `essays/`, e.g. `mommy-track.md`. */
  file: string
  /** Absolute path of the file. */
  path: string
  /** The file's content, as is (line endings untouched). */
  source: string
  /** Its labels from `labels.json`. */
  expected: ExpectedEssay
}

/** Every kind, in the order `@tsuzuri/essay` lists them. */
export const kinds: readonly Kind[]

/** Absolute path of the folder holding the essays (with a trailing separator). */
export const corpusDirectory: string

/** The expected labels of every essay, keyed by file name. */
export const labels: Readonly<Record<string, ExpectedEssay>>

/** Read every essay with its labels, sorted by file name (Node.js only). */
export function readCorpus(): CorpusEssay[]
