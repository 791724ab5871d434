import {resolve} from 'node:path'
import {looksLikeHtmlPage} from '../lib/input/index.js'
import {parseEssay} from '../lib/parse-essay.js'
import type {Essay} from '../lib/types.js'
import type {CliOptions} from './args.js'
import type {InputFile} from './collect-inputs.js'
import {InputError, readStdin, readTextFile} from './read-input.js'
import {readUrl} from './read-url.js'

/** What reading an input takes: the options of `parse` and `index` alike. */
export type ReadOptions = Pick<CliOptions, 'input' | 'lang' | 'maxSize' | 'timeout' | 'urlTimeout'>

/** An input's text, and how to read it. */
export interface InputText {
  text: string
  format: CliOptions['input']
}

/**
 * The text of one input (a file, a URL, standard input, a post of a WordPress export), within
 * the size and time limits. Throws `InputError`.
 */
export async function readInputText(
  file: InputFile,
  options: ReadOptions,
  cwd: string,
  stdin?: NodeJS.ReadableStream,
): Promise<InputText> {
  if (file.problem) throw new InputError(file.problem)
  if (file.html !== undefined) return {text: file.html, format: 'html'}
  if (file.url) {
    const page = await readUrl(file.path, {maxSize: options.maxSize, timeout: options.urlTimeout})
    return {
      text: page.text,
      format: options.input === 'auto' ? (page.format ?? 'auto') : options.input,
    }
  }
  const limits = {maxSize: options.maxSize, timeout: options.timeout}
  const text =
    file.stdin && stdin
      ? await readStdin(stdin, limits)
      : await readTextFile(resolve(cwd, file.path), limits)
  // A `.html` file is HTML, a post's body as much as a whole page.
  const format = options.input === 'auto' && /\.html?$/i.test(file.path) ? 'html' : options.input
  return {text, format}
}

/** Parse an input's text. Throws `EssayError`, and `InputError` for a page that is no post. */
export function parseInputText({text, format}: InputText, options: ReadOptions): Essay {
  const essay = parseEssay(text, {format, lang: options.lang ?? null})
  // A page whose article has no text (a home page of links, a login wall) is not a post.
  const html = format === 'html' || (format === 'auto' && looksLikeHtmlPage(text))
  if (html && !essay.sections.some((section) => section.text.trim() !== '')) {
    throw new InputError("is an HTML page with no article: give the post's own page")
  }
  return essay
}
