import {readFileSync} from 'node:fs'

/** The schema.org subset in fixtures/structured-data/schema-org.json. */
export interface Vocabulary {
  types: Record<string, {subClassOf: string[]; dataType?: boolean}>
  properties: Record<string, {domainIncludes: string[]; rangeIncludes: string[]}>
}

export const vocabulary: Vocabulary = JSON.parse(
  readFileSync(new URL('./fixtures/structured-data/schema-org.json', import.meta.url), 'utf8'),
)

/** `type` and every type it is a subclass of, nearest first; empty for an unknown type. */
export function lineage(type: string, vocab: Vocabulary = vocabulary): string[] {
  const found: string[] = []
  const pending = [type]
  while (pending.length > 0) {
    const name = pending.shift() as string
    const definition = vocab.types[name]
    if (!definition || found.includes(name)) continue
    found.push(name)
    pending.push(...definition.subClassOf)
  }
  return found
}

function isDataType(type: string, vocab: Vocabulary): boolean {
  return lineage(type, vocab).some((name) => vocab.types[name]?.dataType === true)
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/

function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value.slice(0, 10))
  if (!match) return false
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value.slice(0, 10))
}

/**
 * Whether a JSON string is a value of the data type `type` (or of one of its subtypes: a URL is
 * Text): Text is any non-empty string, a URL an absolute http(s) URL, a Date `YYYY-MM-DD` and a
 * DateTime an ISO 8601 date-time, both of a day that exists.
 */
function stringFits(type: string, value: string): boolean {
  switch (type) {
    case 'Text':
      return value.trim() !== ''
    case 'CssSelectorType':
      return value.trim() !== ''
    case 'URL':
      try {
        return /^https?:$/.test(new URL(value).protocol)
      } catch {
        return false
      }
    case 'Date':
      return isoDate.test(value) && isCalendarDate(value)
    case 'DateTime':
      return isoDateTime.test(value) && isCalendarDate(value)
    default:
      return false
  }
}

/**
 * Check JSON-LD against the vocabulary the way a strict reader would, and say what is wrong, one
 * line per problem with its path (`hasPart[2].name: …`); an empty list means valid:
 *
 * - the root has `"@context": "https://schema.org"`, and every object has a known `@type` that
 *   is not a data type;
 * - every property is in the vocabulary, and its `domainIncludes` names the object's type or
 *   one of its supertypes (`headline` on a `BlogPosting`: BlogPosting ⊂ SocialMediaPosting ⊂
 *   Article ⊂ CreativeWork, the domain);
 * - every value fits the property's `rangeIncludes`: an object by its type or a supertype, a
 *   string by a data type (Text, URL, Date, DateTime…), a number by Number or Integer; arrays
 *   hold several values, each checked; `null`, `""` and `[]` are refused (leave them out).
 *
 * Stricter than schema.org, which also tolerates text where a thing is expected (an `author`
 * written as a name): what Tsuzuri writes must pass this.
 */
export function validateJsonLd(value: unknown, vocab: Vocabulary = vocabulary): string[] {
  const problems: string[] = []
  if (!isObject(value)) return ['the root is not a JSON object']
  if (value['@context'] !== 'https://schema.org')
    problems.push('@context: not "https://schema.org"')
  checkNode(value, '', vocab, problems, true)
  return problems
}

function checkNode(
  node: Record<string, unknown>,
  path: string,
  vocab: Vocabulary,
  problems: string[],
  root: boolean,
): string[] {
  const at = (key: string) => (path ? `${path}.${key}` : key)
  const type = node['@type']
  if (typeof type !== 'string') {
    problems.push(`${at('@type')}: missing or not a string`)
    return []
  }
  const types = lineage(type, vocab)
  if (types.length === 0) {
    problems.push(`${at('@type')}: unknown type ${type}`)
    return []
  }
  if (isDataType(type, vocab)) problems.push(`${at('@type')}: ${type} is a data type, not a thing`)
  for (const [key, child] of Object.entries(node)) {
    if (key === '@type' || (root && key === '@context')) continue
    if (key.startsWith('@')) {
      problems.push(`${at(key)}: keyword not used here`)
      continue
    }
    const property = vocab.properties[key]
    if (!property) {
      problems.push(`${at(key)}: unknown property`)
      continue
    }
    if (!property.domainIncludes.some((domain) => types.includes(domain))) {
      problems.push(
        `${at(key)}: not a property of ${type} (its domain: ${property.domainIncludes.join(', ')})`,
      )
    }
    const values = Array.isArray(child) ? child : [child]
    if (values.length === 0) problems.push(`${at(key)}: empty list`)
    values.forEach((item, index) => {
      const itemPath = Array.isArray(child) ? `${at(key)}[${index}]` : at(key)
      checkValue(item, property.rangeIncludes, itemPath, vocab, problems)
    })
  }
  return types
}

function checkValue(
  value: unknown,
  range: string[],
  path: string,
  vocab: Vocabulary,
  problems: string[],
): void {
  const expected = range.join(' or ')
  if (isObject(value)) {
    const types = checkNode(value, path, vocab, problems, false)
    if (types.length > 0 && !range.some((name) => types.includes(name)))
      problems.push(`${path}: a ${value['@type']}, not a ${expected}`)
    return
  }
  if (typeof value === 'string') {
    const fits = range.some(
      (name) =>
        isDataType(name, vocab) &&
        // The value may be of the range type itself or of any data type below it (URL ⊂ Text).
        Object.keys(vocab.types).some(
          (candidate) => lineage(candidate, vocab).includes(name) && stringFits(candidate, value),
        ),
    )
    if (!fits) problems.push(`${path}: ${JSON.stringify(value)} is not a ${expected}`)
    return
  }
  if (typeof value === 'number') {
    const fits =
      Number.isFinite(value) &&
      range.some((name) => {
        const types = lineage(name, vocab)
        return name === 'Integer' ? Number.isInteger(value) : types.includes('Number')
      })
    if (!fits) problems.push(`${path}: ${value} is not a ${expected}`)
    return
  }
  problems.push(`${path}: ${value === null ? 'null' : typeof value} is not a ${expected}`)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
