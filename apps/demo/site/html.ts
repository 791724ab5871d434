import {stringifyEntitiesLight} from 'stringify-entities'

/**
 * A tiny HTML template helper for the pages rendered at build time.
 *
 * Interpolated values are escaped unless they are `Raw` (made by `raw()` or by another `html`
 * template), so a title or a description from a Markdown file cannot inject markup.
 */

export class Raw {
  readonly value: string

  constructor(value: string) {
    this.value = value
  }

  toString(): string {
    return this.value
  }
}

export type Value = Raw | string | number | boolean | null | undefined | Value[]

/** Mark trusted markup (sanitized parser output, other templates) as not to be escaped. */
export function raw(value: string): Raw {
  return new Raw(value)
}

/**
 * Escape text for use in element content and in double-quoted attribute values, with the
 * escaper `hast-util-to-html` uses.
 */
export function escapeHtml(value: string): string {
  return stringifyEntitiesLight(value, {subset: ['&', '<', '>', '"']})
}

function serialize(value: Value): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof Raw) return value.value
  if (Array.isArray(value)) return value.map(serialize).join('')
  return escapeHtml(String(value))
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Raw {
  let result = strings[0] ?? ''
  for (let index = 0; index < values.length; index++) {
    result += serialize(values[index]) + (strings[index + 1] ?? '')
  }
  return new Raw(result)
}
