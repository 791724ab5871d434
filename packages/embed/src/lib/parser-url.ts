/**
 * The URL of the parser as a worker script: `parse-worker.js` next to this module. The CDN build
 * replaces this module with `src/cdn-parser-url.ts` (the parser file next to the entry).
 */
export function parserUrl(): URL {
  return new URL('./parse-worker.js', import.meta.url)
}
