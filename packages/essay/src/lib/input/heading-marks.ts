import {headingAtx} from 'micromark-core-commonmark'
import {markdownLineEnding, markdownSpace} from 'micromark-util-character'
import type {Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import {japaneseScripts} from '../lang.js'
import type {EssayWarning} from '../types.js'

const numberSign = 35
const ideographicSpace = 0x3000

/**
 * Japanese input methods often put a full-width space after `#` (`##　体験談`), which CommonMark
 * does not read as a heading. This micromark extension reads it as one: `parseEssay` parses with
 * it and `remarkEssay` adds it to remark-parse, so both read the same headings. It runs only
 * where CommonMark's own ATX heading has already declined, so no other input changes.
 */
export const ideographicHeadingSpace: Extension = {
  // The tokens are those of CommonMark's ATX heading, so its resolver makes the heading's text.
  flow: {
    [numberSign]: {
      name: 'ideographicHeadingAtx',
      tokenize,
      resolve: headingAtx.resolve,
    } satisfies Construct,
  },
}

function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0
  const consume =
    (next: State): State =>
    (code) => {
      effects.consume(code)
      return next
    }
  const sequence: State = (code) => {
    if (code === numberSign && size++ < 6) return consume(sequence)(code)
    if (code !== ideographicSpace) return nok(code)
    effects.exit('atxHeadingSequence')
    effects.enter('whitespace')
    return consume(opening)(code)
  }
  const opening: State = (code) => {
    if (markdownSpace(code) || code === ideographicSpace) return consume(opening)(code)
    effects.exit('whitespace')
    return atBreak(code)
  }
  const atBreak: State = (code) => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('atxHeading')
      return ok(code)
    }
    if (code === numberSign) {
      effects.enter('atxHeadingSequence')
      return closing(code)
    }
    if (markdownSpace(code)) {
      effects.enter('whitespace')
      return spaces(code)
    }
    effects.enter('atxHeadingText')
    return text(code)
  }
  const spaces: State = (code) => {
    if (markdownSpace(code)) return consume(spaces)(code)
    effects.exit('whitespace')
    return atBreak(code)
  }
  const closing: State = (code) => {
    if (code === numberSign) return consume(closing)(code)
    effects.exit('atxHeadingSequence')
    return atBreak(code)
  }
  const text: State = (code) => {
    if (code === null || code === numberSign || markdownLineEnding(code) || markdownSpace(code)) {
      effects.exit('atxHeadingText')
      return atBreak(code)
    }
    return consume(text)(code)
  }
  return (code) => {
    effects.enter('atxHeading')
    effects.enter('atxHeadingSequence')
    return sequence(code)
  }
}

const unspaced = new RegExp(`^ {0,3}#{2,6}(?=[${japaneseScripts}A-Za-z①-⑳])`, 'u')

/**
 * Lines that look meant as headings but lack the space after `##` (`##対策`): Markdown reads
 * them as text. A single `#` is left alone: `#育休` on its own line is a hashtag far more often
 * than a title, and so is a line of several `#tags`.
 */
export function unspacedHeadingWarnings(body: string): EssayWarning[] {
  const warnings: EssayWarning[] = []
  const lines = body.split(/\r?\n|\r/)
  let inFence = false
  for (const [index, line] of lines.entries()) {
    // Lines of a fenced code block are code, not headings.
    if (/^ {0,3}(?:```|~~~)/.test(line)) inFence = !inFence
    if (inFence || line.length > 60 || !unspaced.test(line)) continue
    const marks = /#+/.exec(line)?.[0] ?? '#'
    const rest = line.trimStart().slice(marks.length)
    if (rest.includes('#')) continue
    warnings.push({
      message: `\`${marks}${rest.slice(0, 20)}\` is not a heading: Markdown needs a space after \`${marks}\` (\`${marks} ${rest.slice(0, 20)}\`)`,
      line: index + 1,
      ruleId: 'missing-heading-space',
    })
  }
  return warnings
}
