import {hasJapanese} from '../lang.js'
import type {Kind} from '../types.js'
import {english} from './en.js'
import {japanese} from './ja.js'
import {type LanguageProfile, matchWords} from './profile.js'

export type {BodyCues, LanguageProfile} from './profile.js'
export {matchWords} from './profile.js'

/** Every language the tagger has a profile for; the first is the fallback. */
export const profiles: readonly LanguageProfile[] = [english, japanese]

/** The profile for a BCP 47 tag (`ja`, `ja-JP`, `en-GB`); English for any other language. */
export function profileFor(lang: string): LanguageProfile {
  const primary = lang.toLowerCase().split('-')[0]
  return profiles.find((profile) => profile.lang === primary) ?? english
}

/** The first word of `kind`'s heading families, in any language, that `line` has. */
export function matchKind(kind: Kind, line: string): RegExpExecArray | undefined {
  for (const profile of profiles) {
    const pattern = profile.headingCues[kind]
    const match = pattern && matchWords(pattern, line, profile)
    if (match) return match
  }
  return undefined
}

/** A kind that a line's words name, in any language's families: what plain text uses. */
export function namedKind(line: string): Kind | undefined {
  for (const profile of profiles) {
    for (const [kind, pattern] of Object.entries(profile.headingCues) as Array<[Kind, RegExp]>) {
      if (matchWords(pattern, line, profile)) return kind
    }
  }
  return undefined
}

/**
 * Whether a line's words read as a heading's, in any language: they name a kind, or they are
 * among a profile's `pasteHeadingWords` (`How it started`, `Why I left`). The paste reader takes
 * such a line for a heading where a line of other words would need a mark or a blank line.
 */
export function namesHeading(line: string): boolean {
  return (
    namedKind(line) !== undefined ||
    profiles.some(
      (profile) =>
        profile.pasteHeadingWords !== undefined &&
        matchWords(profile.pasteHeadingWords, line, profile) !== undefined,
    )
  )
}

/**
 * Whether a line is no longer than a heading in its language (`headingLength`: 40 characters in
 * Japanese; 80 characters and 12 words in English): the paste reader's short lines and the
 * bold lines read as headings both ask this.
 */
export function withinHeadingLength(text: string): boolean {
  const {chars, words} = (hasJapanese(text) ? japanese : english).headingLength
  return [...text].length <= chars && text.split(/\s+/).length <= words
}
