/**
 * The frontmatter keys a collection reads, made into plain strings whatever shape the YAML gave
 * them; anything that is not text (a number aside) counts as absent.
 */
import {isAttributionUrl} from '../input/attribution-url.js'

/** Longest tag kept, in code units: a tag is a word or two, not a paragraph. */
const maxTagLength = 100

/** Frontmatter `author`: a name, `{name}`, or a list of either (joined by `, `). */
export function authorOf(value: unknown): string | null {
  const names = (Array.isArray(value) ? value : [value])
    .map((entry) => (isRecord(entry) ? textOf(entry.name) : textOf(entry)))
    .filter((name): name is string => name !== null)
  return names.length > 0 ? names.join(', ') : null
}

/** Frontmatter `date`, as written. */
export function dateOf(value: unknown): string | null {
  return textOf(value)
}

/** Frontmatter `url`, when it is an absolute `http:` or `https:` URL (the parser drops others). */
export function urlOf(value: unknown): string | null {
  return isAttributionUrl(value) ? value : null
}

/** Frontmatter `slug`. */
export function slugOf(value: unknown): string | null {
  return textOf(value)
}

/**
 * Frontmatter `tags`: a list (`[育休, 復職]`) or one string, split at commas (`育休, 復職`,
 * `育休、復職`). Each is trimmed; empty ones and repeats are dropped, the first order kept.
 */
export function tagsOf(value: unknown): string[] {
  const raw = Array.isArray(value) ? value.map(textOf) : (textOf(value)?.split(/[,、，]/) ?? [])
  const tags = new Set<string>()
  for (const tag of raw) {
    const clean = tag?.replace(/\s+/g, ' ').trim()
    if (clean) tags.add(Array.from(clean).slice(0, maxTagLength).join(''))
  }
  return [...tags]
}

function textOf(value: unknown): string | null {
  const text =
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
  const trimmed = text?.trim()
  return trimmed ? trimmed : null
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
