// The HTML reader of the parser, a file of the CDN build of its own (`tsuzuri-essay-html.js`,
// next to the parser file): the parser imports it only for HTML (see `cdn-html-reader.ts`).
export {readHtml} from '../../essay/src/lib/input/html.js'
