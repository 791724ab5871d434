import type {EssayWarning} from './types.js'

/**
 * Japanese input methods often put a full-width space after `#` (`##　体験談`), which CommonMark
 * does not read as a heading. Make it an ASCII space: one UTF-16 unit for another, so every
 * position still points at the same place in the input.
 */
export function normalizeHeadingMarks(body: string): string {
  return body.replace(/^( {0,3}#{1,6})\u3000/gm, '$1 ')
}

const unspaced = /^ {0,3}#{1,6}(?=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}A-Za-z①-⑳])/u

/**
 * Lines that look meant as headings but lack the space after `#` (`##対策`): Markdown reads them
 * as text. A single `#word` with other `#`s on the line is a hashtag list and is left alone.
 */
export function unspacedHeadingWarnings(body: string): EssayWarning[] {
  const warnings: EssayWarning[] = []
  const lines = body.split(/\r?\n|\r/)
  for (const [index, line] of lines.entries()) {
    if (line.length > 60 || !unspaced.test(line)) continue
    const marks = /#+/.exec(line)?.[0] ?? '#'
    const rest = line.trimStart().slice(marks.length)
    if (
      rest.includes('#') ||
      (marks.length === 1 && !/[\p{Script=Han}\p{Script=Hiragana}]/u.test(rest))
    )
      continue
    warnings.push({
      message: `\`${marks}${rest.slice(0, 20)}\` is not a heading: Markdown needs a space after \`${marks}\` (\`${marks} ${rest.slice(0, 20)}\`)`,
      line: index + 1,
    })
  }
  return warnings
}
