/**
 * Load what parsing `text` needs besides the parser: from npm, nothing (micromark's
 * `decode-named-character-reference`, as the app's bundler picks it, decodes `&name;` by itself).
 * The CDN build replaces this module with `src/cdn-references.ts`, which loads the table of named
 * character references only for text that may hold one, and the Japanese profile only for text
 * that may be Japanese.
 */
export function loadReferences(_text: string): Promise<void> {
  return Promise.resolve()
}
