// The parser file of the CDN build, loaded by the element through `import()` relative to
// `tsuzuri-essay.js`, or started as a module worker (then it answers parse requests).
// `parseEssay` is there for pages that want to parse Markdown themselves.
export {parseEssay} from '@tsuzuri/essay'
export {parse} from './lib/markdown.js'

import './lib/parse-worker.js'
