/**
 * The CDN parser's Japanese profile (the tagger's cues, sentence splitting and word boundaries
 * for Japanese, `profiles/ja.ts` of `@tsuzuri/essay`): its Japanese words are a tenth of the
 * parser file gzipped, and most pages show English essays. So it is a file of its own,
 * `tsuzuri-essay-ja.js`, next to the parser, which `loadReferences` fetches only for text with
 * Japanese in it (or a `lang: ja` line), before the (synchronous) parse.
 *
 * Until then this stands in for it. Its heading words are all Japanese but `how to`, which the
 * English profile has too, so text without Japanese is read exactly as with the profile; anything
 * else throws, so that nothing is tagged with a profile it was not given.
 */

// The parser's own definition of Japanese text: this file is built with it, from its source.
import {japaneseScripts} from '../../essay/src/lib/lang.js'

type Profile = Record<PropertyKey, unknown>

/**
 * Text the Japanese profile may be needed for: any character the parser counts as Japanese
 * (`hasJapanese`: the Hiragana, Katakana and Han scripts, supplementary kanji included), or
 * `lang: ja`.
 */
const mayBeJapanese = new RegExp(`[${japaneseScripts}]|^\\s*lang\\s*:\\s*["']?ja\\b`, 'imu')

let loaded: Profile | undefined
let loading: Promise<void> | undefined

/**
 * Load the Japanese profile if `text` may need it (once per page or worker; a failed load is
 * tried again next time).
 */
export function loadJapanese(text: string): Promise<void> {
  if (loaded || !mayBeJapanese.test(text)) return Promise.resolve()
  // @ts-expect-error: a file of the CDN build, next to the parser file (see `tsup.config.ts`)
  loading ??= import('./tsuzuri-essay-ja.js').then(
    (module: {japanese: Profile}) => {
      loaded = module.japanese
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

export const japanese = new Proxy({} as Profile, {
  get(_, key) {
    if (loaded) return loaded[key]
    if (key === 'lang') return 'ja'
    if (key === 'headingCues') return {}
    throw new Error(
      'Expected the Japanese profile to be loaded before parsing Japanese text: await `loadReferences(text)` first',
    )
  },
})
