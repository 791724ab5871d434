// The kinds a label may give a section, in the order `@tsuzuri/essay` lists them. The corpus
// keeps its own list rather than importing the parser's: it is the judge of the tagger and
// depends on nothing of it (the parser's tests depend on the corpus, so the other way round would
// be a cycle). `@tsuzuri/essay`'s corpus test checks that both lists are the same.

/** @type {readonly import('./index.js').Kind[]} */
export const kinds = [
  'intro',
  'background',
  'experience',
  'feelings',
  'strategies',
  'conclusion',
  'other',
]
