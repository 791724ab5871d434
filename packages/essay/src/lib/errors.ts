/**
 * The one error `parseEssay` throws for bad input (besides `TypeError` for wrong arguments):
 * it says what is wrong, where, and what to do.
 */
export class EssayError extends Error {
  /** 1-indexed line in the input where the problem is. */
  readonly line: number
  /** Machine-readable cause. */
  readonly reason: 'frontmatter'

  constructor(message: string, line: number, reason: 'frontmatter') {
    super(message)
    this.name = 'EssayError'
    this.line = line
    this.reason = reason
  }
}
