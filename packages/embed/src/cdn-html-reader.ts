/**
 * The CDN parser's HTML reader (`lib/input/html.ts` of `@tsuzuri/essay`: parse5, the article,
 * `hast-util-to-mdast`) is larger than the whole parser file, and most essays come as Markdown.
 * So it is a file of its own, `tsuzuri-essay-html.js`, next to the parser, which `loadReferences`
 * fetches only for text that may be HTML (`mayBeHtml`, the parser's own test), before the
 * (synchronous) parse. Until then this stands in for it, and says what to do.
 */
import type {readHtml as ReadHtml} from '../../essay/src/lib/input/html.js'
import {mayBeHtml} from '../../essay/src/lib/input/html-detect.js'

let loaded: typeof ReadHtml | undefined
let loading: Promise<void> | undefined

/** Load the HTML reader if `text` is HTML (once per page or worker; a failed load is tried again). */
export function loadHtml(text: string): Promise<void> {
  if (loaded || !mayBeHtml(text)) return Promise.resolve()
  // @ts-expect-error: a file of the CDN build, next to the parser file (see `tsup.config.ts`)
  loading ??= import('./tsuzuri-essay-html.js').then(
    (module: {readHtml: typeof ReadHtml}) => {
      loaded = module.readHtml
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

export const readHtml: typeof ReadHtml = (html) => {
  if (!loaded) {
    throw new Error(
      'Expected the HTML reader to be loaded before parsing HTML: await `loadReferences(text)` first',
    )
  }
  return loaded(html)
}
