// The Japanese profile of the tagger, a file of the CDN build of its own (`tsuzuri-essay-ja.js`,
// next to the parser file): the parser imports it only for text with Japanese in it (see
// `cdn-japanese.ts`).
export {japanese} from '../../essay/src/lib/profiles/ja.js'
