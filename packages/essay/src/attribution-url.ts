// A module without dependencies, so the element can check a forged essay's `url` without the parser.
export {isAttributionUrl} from './lib/input/attribution-url.js'
