import type {Essay} from '@tsuzuri/essay'
import {flattenSections} from './flatten-sections.js'
import {status} from './page-elements.js'

let lastAnnouncement = ''

/**
 * Say what the parse found in the page's live status. Only a change is said: the playground
 * parses on every pause in typing, and a screen reader would repeat the same line each time.
 */
export function announce(essay: Essay | undefined, problemCount: number) {
  const sections = essay ? flattenSections(essay.sections).length : 0
  const message = essay
    ? `${sections} ${sections === 1 ? 'section' : 'sections'}${problemCount ? `, ${problemCount} to look at` : ''}.`
    : 'The parser stopped; see Problems.'
  if (message === lastAnnouncement) return
  lastAnnouncement = message
  status.textContent = message
}
