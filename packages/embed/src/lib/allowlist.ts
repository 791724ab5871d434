// The single definition of safe HTML and the one URL check live in the parser package, in a module of its own without
// dependencies, so the element bundles this small table and none of the parser.
export {decodeReferences, htmlAllowlist, safeUrl} from '@tsuzuri/essay/html-allowlist'
