import {tagComment} from '../outline/outline.js'
import {bulletMark, listOnlyMark} from './list-marks.js'
import type {Line} from './paste-heading-depths.js'
import type {LineRole} from './paste-lines.js'

/** A list item's mark: whether it is numbered, and its family (`1.` for any `3.`, `●`, `-`). */
export interface Bullet {
  ordered: boolean
  marker: string
}

/** The lines of a paste and what every phase of `readPasteLines` asks of them. */
export interface PasteContext {
  readonly lines: readonly Line[]
  /** Each line's role: blank, tag or text until the last phase gives the text lines theirs. */
  readonly roles: LineRole[]
  /** The indexes of the lines of text (neither blank nor a tag comment), in order. */
  readonly content: readonly number[]
  /** The next line of text after each line of text, skipping blank lines and tags. */
  readonly nextOf: ReadonlyMap<number, number | undefined>
  /** The line of text before each line of text, skipping blank lines and tags. */
  readonly previousOf: ReadonlyMap<number, number | undefined>
  /** A line's trimmed text, or '' for no line. */
  text(index: number | undefined): string
  followedByBlank(index: number): boolean
  /** The bullet a line of text opens with, if it is a list item. */
  bulletAt(index: number): Bullet | undefined
}

/** Split `value` into lines and index the lines of text. */
export function pasteContext(value: string): PasteContext {
  const lines: Line[] = value.split(/\r?\n|\r/).map((raw) => {
    const text = raw.trim()
    return {raw, text, blank: text === ''}
  })
  const roles: LineRole[] = lines.map((line) =>
    line.blank ? {type: 'blank'} : tagComment.test(line.text) ? {type: 'tag'} : {type: 'text'},
  )
  const content = lines.flatMap((_, index) => (roles[index]?.type === 'text' ? [index] : []))
  const nextOf = new Map<number, number | undefined>()
  const previousOf = new Map<number, number | undefined>()
  content.forEach((index, order) => {
    nextOf.set(index, content[order + 1])
    previousOf.set(index, content[order - 1])
  })
  const context: PasteContext = {
    lines,
    roles,
    content,
    nextOf,
    previousOf,
    text: (index) => (index === undefined ? '' : (lines[index]?.text ?? '')),
    followedByBlank: (index) => lines[index + 1]?.blank === true,
    bulletAt: (index) => bulletAt(context, index),
  }
  return context
}

// Bullets: a list-only mark, or a mark shared with the line before or after (a run of ● lines).
function bulletAt(context: PasteContext, index: number): Bullet | undefined {
  const {text, previousOf, nextOf} = context
  const line = text(index)
  const marker = bulletMark.exec(line)
  if (!marker || line.length <= marker[0].length) return undefined
  const family = marker[0].trim().replace(/\d+/, '1')
  const same = (other: number | undefined) =>
    other !== undefined && bulletMark.exec(text(other))?.[0].trim().replace(/\d+/, '1') === family
  const run = same(previousOf.get(index)) || same(nextOf.get(index))
  if (listOnlyMark.test(line) || run) return {ordered: /^\d/.test(family), marker: family}
  return undefined
}
