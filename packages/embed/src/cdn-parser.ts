// The parser file of the CDN build, loaded by the element through `import()` relative to
// `tsuzuri-essay.js`, or started as a module worker (then it answers parse requests).
// `parseEssay` is there for pages that want to parse Markdown themselves: `await
// loadReferences(text)` first. It loads what the text needs that this file leaves out, once: for
// a named character reference (`&hellip;`) the table of names, `tsuzuri-essay-entities.js`; for
// Japanese the tagger's Japanese profile, `tsuzuri-essay-ja.js`.
export {parseEssay} from '@tsuzuri/essay'
export {loadReferences, parse} from './lib/markdown.js'

import './lib/parse-worker.js'
