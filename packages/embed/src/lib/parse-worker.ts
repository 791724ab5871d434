import {parse} from './markdown.js'
import type {ParseAnswer, ParseRequest} from './parser.js'

/**
 * The parser as a module worker: each message is a `ParseRequest`, answered with the essay or
 * the parser's error (`ParseAnswer`). The CDN build puts this in `tsuzuri-essay-parser.js`, which
 * pages also import on the main thread: there (with a `document`) it does nothing.
 */
export function answer({text, format, indented}: ParseRequest): ParseAnswer {
  try {
    return {essay: parse(text, format, indented)}
  } catch (error) {
    return {error: String((error as Error)?.message ?? error)}
  }
}

if (typeof document === 'undefined' && typeof onmessage !== 'undefined') {
  addEventListener('message', (event) => {
    postMessage(answer((event as MessageEvent<ParseRequest>).data))
  })
}
