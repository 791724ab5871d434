/**
 * In the CDN build, the parser as a worker script is the parser file next to
 * `tsuzuri-essay.js` (this module is bundled into it, so `import.meta.url` is the entry's URL).
 */
export function parserUrl(): URL {
  return new URL('./tsuzuri-essay-parser.js', import.meta.url)
}
