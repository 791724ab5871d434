// A module without dependencies, so the element tells an HTML page from Markdown by the parser's
// own rule without the parser.
export {looksLikeHtmlPage, mayBeHtml} from './lib/input/html-detect.js'
