import type {Essay, Kind} from '../types.js'

/**
 * Many essays in one summary, as `buildCollection` returns it and `tsuzuri index` writes it to
 * `collection.json`: who wrote what, where each kind of section is, every strategy with a short
 * text, and counts to filter by. A stable format: docs/collection.md describes it.
 */
export interface Collection {
  /** The format's version. A change that would break a reader of version 1 gets a new number. */
  version: 1
  /** One entry per essay, in the order the essays were given. */
  essays: CollectionEssay[]
  /** How many essays have each tag, language and kind. */
  facets: CollectionFacets
  /** Inputs left out because they could not be read or parsed (`[]` when none). */
  skipped: SkippedInput[]
}

/** One essay of a collection: what it is, and where each kind of section is in it. */
export interface CollectionEssay {
  /**
   * Unique within the collection, URL-fragment-safe: from frontmatter `slug`, else the name the
   * essay was given (its file name), else its title. When two essays would share one, the later
   * gets `-1`, `-2`… in the order given.
   */
  id: string
  /** Where the essay's own JSON is, relative to the collection (`2024/back-to-work.json`). */
  file: string | null
  /** The essay's title. */
  title: string | null
  /** Frontmatter `author` (a name, or names joined by `, `). */
  author: string | null
  /** Frontmatter `date`, as written (`2024-03-01`). */
  date: string | null
  /** The original post: frontmatter `url` (an absolute `http:` or `https:` URL only). */
  url: string | null
  /** The essay's language (BCP 47). */
  lang: string
  /** Frontmatter `tags`: a list, or one string of tags separated by commas. */
  tags: string[]
  /** The sections of each kind, subsections included, in document order; absent kinds left out. */
  kinds: Partial<Record<Kind, CollectionSection[]>>
}

/** A section, enough to show it in a list and link to it (`url#id`). */
export interface CollectionSection {
  /** The section's id in the essay (and the `id` of its `<section>` in `toHtml`). */
  id: string
  /** The heading as plain text; `null` for the untitled opening. */
  heading: string | null
  /** The start of the section's own text, shortened (see `CollectionOptions.maxTextLength`). */
  text: string
  /** Every strategy of a `strategies` section (possibly none); absent on other kinds. */
  items?: CollectionItem[]
}

/** One strategy, credited by its essay and linked to where it is written. */
export interface CollectionItem {
  /** The strategy's name, shortened like `text` when it is a long sentence. */
  title: string
  /** The start of what the author wrote about it, shortened (may be empty). */
  text: string
  /** The id of the section to link to: the item's own subsection when it has one. */
  section: string
}

/** How many essays have one value (a tag, a language, a kind). */
export interface FacetCount {
  value: string
  count: number
}

/** Counts of essays, most frequent value first (then by value, in code unit order). */
export interface CollectionFacets {
  tags: FacetCount[]
  languages: FacetCount[]
  /** Essays with at least one section of the kind. */
  kinds: FacetCount[]
}

/** An input left out of a collection, with why. */
export interface SkippedInput {
  /** The input as given (a path, a URL). */
  input: string
  /** What was wrong with it. */
  reason: string
}

/** An essay with the name it is known by, for `buildCollection`. */
export interface CollectionInput {
  essay: Essay
  /** Its name, such as its file name without extension (`2024/back-to-work`): gives its id. */
  name?: string | null | undefined
  /** Where its JSON is, relative to the collection: copied to `file`. */
  file?: string | null | undefined
}

/** Configuration for `buildCollection`. */
export interface CollectionOptions {
  /**
   * Longest `text` of a section or item (and `title` of an item), in UTF-16 code units as
   * JavaScript counts `length`, the closing `…` included. Longer texts are cut at a space or a
   * Japanese comma or stop (`、` `。`) near the end of what is kept, else between characters
   * (never inside one: an emoji or an accented letter stays whole).
   *
   * @default 140
   */
  maxTextLength?: number | null | undefined
  /** Inputs that were left out, to list in `skipped`. @default [] */
  skipped?: readonly SkippedInput[] | null | undefined
}

/** An essay's entry before its id is known: what `summarizeEssay` gives. */
export interface EssaySummary extends Omit<CollectionEssay, 'id' | 'file'> {
  /** Frontmatter `slug`, the first choice for the id. */
  slug: string | null
}
