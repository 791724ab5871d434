type Parser = typeof import('./markdown.js')

let loading: Promise<Parser> | undefined

/**
 * Load the Markdown parser once, the first time an element has Markdown or text to parse. In the
 * CDN build this import is a separate file next to `tsuzuri-essay.js`, resolved relative to it;
 * essays given as JSON, as the `essay` property or as pre-rendered HTML never load it.
 */
export function loadParser(): Promise<Parser> {
  loading ??= import('./markdown.js').catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
