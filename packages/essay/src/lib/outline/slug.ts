/**
 * Turn a heading into an id fragment: lowercase letters and digits of any script (so Japanese
 * headings keep their words), joined by `-`. Nothing that needs escaping in a URL fragment
 * besides the percent-encoding browsers do for non-ASCII anyway.
 */
export function slugify(value: string): string {
  let result = ''
  let pendingDash = false
  for (const char of value.normalize('NFKC').toLowerCase()) {
    if (/[\p{L}\p{N}\p{M}_]/u.test(char)) {
      if (pendingDash && result) result += '-'
      pendingDash = false
      result += char
    } else {
      pendingDash = true
    }
  }
  // Cut by code point, not UTF-16 unit, so a long heading never ends in half a character.
  return Array.from(result).slice(0, 64).join('').replace(/-+$/, '')
}

/** Hands out unique ids within one essay. */
export class IdRegistry {
  readonly #used = new Set<string>()
  /** Next suffix to try per base, so an essay of many equal headings stays linear. */
  readonly #next = new Map<string, number>()
  readonly #prefix: string

  constructor(prefix: string) {
    this.#prefix = prefix
  }

  /** A unique id for a section whose heading is `heading` (or the untitled opening). */
  take(heading: string | null, fallback: string): string {
    const base = this.#prefix + ((heading === null ? '' : slugify(heading)) || fallback)
    let count = this.#next.get(base) ?? 0
    let id = count === 0 ? base : `${base}-${count}`
    while (this.#used.has(id)) {
      count++
      id = `${base}-${count}`
    }
    this.#next.set(base, count + 1)
    this.#used.add(id)
    return id
  }
}
