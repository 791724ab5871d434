// The kinds and languages a label may use.

/** @import {Lang} from '../index.js' */

import {kinds} from '../kinds.js'

export const KINDS = new Set(kinds)
/** @type {ReadonlySet<Lang>} */
export const LANGS = new Set(['ja', 'en'])
