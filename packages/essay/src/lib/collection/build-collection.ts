import {assertOptionsObject, describe} from '../type-errors.js'
import type {Essay} from '../types.js'
import {assembleCollection, type NamedSummary} from './assemble.js'
import {defaultMaxTextLength} from './short-text.js'
import {summarizeEssay} from './summarize.js'
import type {Collection, CollectionInput, CollectionOptions, SkippedInput} from './types.js'

const emptyOptions: CollectionOptions = Object.freeze({})

/**
 * Summarize many essays (as `parseEssay` returns them) into one `Collection`: each essay's id,
 * metadata and sections by kind, strategies with their items, and counts per tag, language and
 * kind. Give an essay alone, or `{essay, name, file}` to name it (its id comes from its name when
 * its frontmatter has no `slug`). Each essay is summarized as it comes and not kept, so a
 * generator that parses one essay at a time keeps memory flat.
 *
 * @throws {TypeError} When `essays` is not an iterable of essays or `options` is malformed.
 */
export function buildCollection(
  essays: Iterable<Essay | CollectionInput>,
  options?: CollectionOptions | null,
): Collection {
  if (typeof essays !== 'object' || essays === null || !(Symbol.iterator in essays)) {
    throw new TypeError(
      `Expected \`essays\` to be an array or iterable of essays, not \`${describe(essays)}\``,
    )
  }
  const {maxTextLength, skipped} = validateCollectionOptions(options)
  const named: NamedSummary[] = []
  let index = 0
  for (const value of essays) {
    const input = toInput(value, index++)
    named.push({
      summary: summarizeEssay(input.essay, maxTextLength),
      name: input.name,
      file: input.file,
    })
  }
  return assembleCollection(named, skipped)
}

/** The options with their defaults, or a `TypeError` saying what is wrong. */
export function validateCollectionOptions(options?: CollectionOptions | null): {
  maxTextLength: number
  skipped: readonly SkippedInput[]
} {
  assertOptionsObject(options)
  const settings = options || emptyOptions
  const maxTextLength = settings.maxTextLength ?? defaultMaxTextLength
  if (!Number.isInteger(maxTextLength) || maxTextLength < 10) {
    throw new TypeError(
      `Expected \`maxTextLength\` to be an integer of at least 10, not \`${describe(maxTextLength)}\``,
    )
  }
  const skipped = settings.skipped ?? []
  if (
    !Array.isArray(skipped) ||
    !skipped.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as SkippedInput).input === 'string' &&
        typeof (entry as SkippedInput).reason === 'string',
    )
  ) {
    throw new TypeError(
      `Expected \`skipped\` to be an array of \`{input, reason}\` strings, not \`${describe(skipped)}\``,
    )
  }
  return {maxTextLength, skipped}
}

function toInput(value: unknown, index: number): CollectionInput {
  const input: Record<string, unknown> =
    isRecord(value) && 'essay' in value ? value : {essay: value}
  if (!isEssay(input.essay)) {
    throw new TypeError(
      `Expected essay ${index} to be an essay (as \`parseEssay\` returns) or \`{essay, name}\`, not \`${describe(input.essay)}\``,
    )
  }
  for (const key of ['name', 'file'] as const) {
    const field = input[key]
    if (field !== undefined && field !== null && typeof field !== 'string') {
      throw new TypeError(
        `Expected \`${key}\` of essay ${index} to be a string, not \`${describe(field)}\``,
      )
    }
  }
  return input as unknown as CollectionInput
}

function isEssay(value: unknown): value is Essay {
  return (
    isRecord(value) &&
    Array.isArray(value.sections) &&
    typeof value.lang === 'string' &&
    isRecord(value.frontmatter)
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
