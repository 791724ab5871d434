// The single definition of safe HTML lives in the parser package. The CDN build bundles only this
// small, dependency-free table into the element; the parser itself stays in its own chunk.
export {htmlAllowlist} from '@tsuzuri/essay'
