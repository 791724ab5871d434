import {japaneseScripts} from './lang.js'
import type {EssayWarning} from './types.js'

/**
 * Japanese input methods often put a full-width space after `#` (`##　体験談`), which CommonMark
 * does not read as a heading. Make it an ASCII space: one UTF-16 unit for another, so every
 * position still points at the same place in the input.
 */
export function normalizeHeadingMarks(body: string): string {
  return body.replace(/^( {0,3}#{1,6})\u3000/gm, '$1 ')
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
    })
  }
  return warnings
}
