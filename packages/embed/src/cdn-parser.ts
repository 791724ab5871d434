// The parser file of the CDN build, loaded by the element through `import()` relative to
// `tsuzuri-essay.js`. `parseEssay` is there for pages that want to parse Markdown themselves.
export {parseEssay} from '@tsuzuri/essay'
export {parse} from './lib/markdown.js'
