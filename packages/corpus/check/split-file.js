// A file's frontmatter and body.

/** @import {Essay} from './read-essay.js' */

/**
 * Split a file into frontmatter (or null) and body; line endings normalized to `\n`.
 *
 * @param {string} source
 * @returns {Pick<Essay, 'text' | 'frontmatter' | 'body'>}
 */
export function split(source) {
  const text = source.replace(/\r\n?/g, '\n')
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text)
  return match
    ? {text, frontmatter: match[1] ?? '', body: text.slice(match[0].length)}
    : {text, frontmatter: null, body: text}
}

/**
 * The `title` of simple YAML frontmatter, unquoted, or null.
 *
 * @param {string | null} frontmatter
 * @returns {string | null}
 */
export function frontmatterTitle(frontmatter) {
  const match = /^title:[ \t]*(.*)$/m.exec(frontmatter ?? '')
  if (!match) return null
  const value = (match[1] ?? '').trim()
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value
}
