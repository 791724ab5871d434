// The parser file of the CDN build, loaded by the element through `import()` relative to
// `tsuzuri-essay.js`, or started as a module worker (then it answers parse requests).
// `parseEssay` is there for pages that want to parse Markdown themselves: for text that may hold a
// named character reference (`&hellip;`), `await loadReferences(text)` first (it loads the table
// of names, `tsuzuri-essay-entities.js`, once).
export {parseEssay} from '@tsuzuri/essay'
export {loadReferences, parse} from './lib/markdown.js'

import './lib/parse-worker.js'
