import {loadReferences, parse} from './markdown.js'
import type {ParseAnswer, ParseRequest} from './parser.js'

/**
 * The parser as a module worker: each message is a `ParseRequest`, answered with the essay or
 * the parser's error (`ParseAnswer`), once what the text needs is loaded (in the CDN build, the
 * table of named character references for text that may hold one, the Japanese profile for
 * Japanese: `code: 'parser'` when either cannot be loaded). The CDN build puts this in `tsuzuri-essay-parser.js`, which
 * pages also import on the main thread: there (with a `document`) it does nothing.
 */
export async function answer({text, format, indented}: ParseRequest): Promise<ParseAnswer> {
  try {
    await loadReferences(text)
  } catch {
    return {error: '', code: 'parser'}
  }
  try {
    return {essay: parse(text, format, indented)}
  } catch (error) {
    return {error: String((error as Error)?.message ?? error)}
  }
}

if (typeof document === 'undefined' && typeof onmessage !== 'undefined') {
  addEventListener('message', async (event) => {
    postMessage(await answer((event as MessageEvent<ParseRequest>).data))
  })
}
