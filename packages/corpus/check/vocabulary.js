// The kinds and languages a label may use.

/** @import {Lang} from '../index.js' */

export const KINDS = new Set([
  'intro',
  'background',
  'experience',
  'feelings',
  'strategies',
  'conclusion',
  'other',
])
/** @type {ReadonlySet<Lang>} */
export const LANGS = new Set(['ja', 'en'])
