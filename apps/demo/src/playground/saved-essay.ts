/**
 * The reader's essay and settings, kept in `localStorage` so a reload or a later visit finds
 * them again; a share link carries the same object.
 */
import type {Options} from '@tsuzuri/essay'
import {formatSelect, input, layoutSelect} from './page-elements.js'

/** How the input is read: the parser's own `format` values. */
export type Format = NonNullable<Options['format']>

export interface SavedEssay {
  text: string
  format: Format
  layout?: string | undefined
}

const storageKey = 'tsuzuri:playground'

/** The essay and settings as the controls hold them now. */
export function currentEssay(): SavedEssay {
  return {
    text: input.value,
    format: formatSelect.value as Format,
    layout: layoutSelect?.value,
  }
}

export function saveEssay() {
  try {
    localStorage.setItem(storageKey, JSON.stringify(currentEssay()))
  } catch {
    // Storage can be full or disabled; the playground still works, it just forgets.
  }
}

/** Put a saved essay back into the controls, skipping any value they cannot take. */
export function restoreEssay(saved: Partial<SavedEssay>) {
  if (typeof saved.text === 'string') input.value = saved.text
  if (saved.format && ['auto', 'markdown', 'text'].includes(saved.format)) {
    formatSelect.value = saved.format
  }
  if (
    layoutSelect &&
    saved.layout &&
    [...layoutSelect.options].some((o) => o.value === saved.layout)
  ) {
    layoutSelect.value = saved.layout
  }
}

export function restoreSavedEssay() {
  try {
    const saved = localStorage.getItem(storageKey)
    if (saved) restoreEssay(JSON.parse(saved) as Partial<SavedEssay>)
  } catch {
    // Nothing saved, or not readable: keep the sample the page came with.
  }
}
