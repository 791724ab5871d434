import {slugify} from '../outline/slug.js'

/** The id an essay asks for: its frontmatter `slug`, else its name, else its title. */
export function preferredId(
  slug: string | null,
  name: string | null | undefined,
  title: string | null,
): string {
  for (const value of [slug, name, title]) {
    const id = value ? slugify(value) : ''
    if (id) return id
  }
  return 'essay'
}

/**
 * Unique ids for the essays in order: each keeps the id it asks for when it is the first to ask;
 * a later one gets `-1`, `-2`… — never an id another essay asks for, so an essay named
 * `back-to-work-1` keeps its id whatever comes before it. Deterministic: the same ids for the
 * same essays in the same order.
 */
export function uniqueIds(preferred: readonly string[]): string[] {
  const asked = new Set(preferred)
  const used = new Set<string>()
  /** Next suffix to try per id, so many essays with one id stay linear. */
  const next = new Map<string, number>()
  return preferred.map((base) => {
    if (!used.has(base)) {
      used.add(base)
      return base
    }
    let count = next.get(base) ?? 1
    let id = `${base}-${count}`
    while (used.has(id) || asked.has(id)) {
      count++
      id = `${base}-${count}`
    }
    next.set(base, count + 1)
    used.add(id)
    return id
  })
}
