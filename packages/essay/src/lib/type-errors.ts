/** How a wrong argument reads in a `TypeError`: its type, or a short quote of a string. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return typeof value
}

/** Throw the `TypeError` every public function gives for options that are not an object. */
export function assertOptionsObject(options: unknown): void {
  if (options === null || options === undefined) return
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`Expected \`options\` to be an object, not \`${describe(options)}\``)
  }
}
