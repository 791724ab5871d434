// The CDN entry of <tsuzuri-digest>: the element with Lit bundled. It reads JSON only, so it has
// no parser file; it shares nothing with `tsuzuri-essay.js`, and a page may load either or both.
export {TsuzuriDigest} from './tsuzuri-digest/tsuzuri-digest.js'
