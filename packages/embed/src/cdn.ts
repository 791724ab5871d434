// The CDN entry: the element with Lit bundled. The Markdown parser is a separate file next to
// this one (`tsuzuri-essay-parser.js`), fetched only when an element has Markdown to parse.
export {TsuzuriEssay} from './tsuzuri-essay/tsuzuri-essay.js'
