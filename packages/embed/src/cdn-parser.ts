// The parser chunk of the CDN build, loaded by the element through `import()` relative to
// `tsuzuri-essay.js`.
export {parseEssay} from '@tsuzuri/essay'
