import type {Kind} from './types.js'

/** Every kind, in the order an essay usually presents them. */
export const kinds: readonly Kind[] = Object.freeze([
  'intro',
  'background',
  'experience',
  'feelings',
  'strategies',
  'conclusion',
  'other',
])

const kindSet = new Set<string>(kinds)

/** Whether `value` is a kind name. */
export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && kindSet.has(value)
}
