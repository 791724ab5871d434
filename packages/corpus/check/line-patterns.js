// What the checks recognize in a line: lists, numbering, heading marks, tables of contents and
// paste noise.

/**
 * A list item line: `- `, `* `, `+ `, `1. ` and, as plain text pastes them, `・`, `•`, `●`.
 */
export const listLine = /^[ \t]*(?:(?:\d+\.|[-*+])[ \t]+\S|[・•●][ \t]*\S)/m
/** A paragraph that opens with bold or numbering. */
export const ledLine = /^(?:\*\*|[\u2460-\u2473]|[(（]\d)/m
/** A numbered strategy heading: `①`, `1.`, `(1)`, `Step 1:`, `その1`, `ポイント1：`. */
export const numberedHeading =
  /^(?:[\u2460-\u2473]|\d+[.)．]|[(（]\d+[)）]|step \d|その\d|ポイント\d)/i
/**
 * A heading with a mark bloggers type: `■ ● ◆ ▼ 【…】 ＜…＞ 〈…〉`, an emoji at the start, `第1章`,
 * or a trailing `♪`, `！` or `!`.
 */
export const markedHeading =
  /^(?:[■□●○◆◇▼▽▲△★☆【＜〈《]|\p{Extended_Pictographic}|第[0-9０-９一二三四五六七八九十]+章)|[♪！!]$/u
/** The line that opens a table of contents. */
export const tocLine =
  /^(?:目次|もくじ|この記事の内容|この記事でわかること|(?:table of )?contents|in this (?:post|article)|what this post covers)[:：]?$/i
/** Lines a paste picks up around a post's title: dates, bylines, buttons, counts, categories. */
const pasteNoise = [
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\D|$)/,
  /^\d{4}年\d{1,2}月\d{1,2}日/,
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}$/i,
  /^(?:投稿日|更新日|公開日|投稿者|カテゴリー?|テーマ|タグ|読了時間)[:：]?/,
  /^(?:posted (?:on|by|in)|filed under|categories|tags?:)/i,
  /\d+ min read/i,
  /^(?:スポンサーリンク|広告|PR|シェアする|follow|share|listen|subscribe|[·•])$/i,
  /^(?:[♡♥👏]|スキ|いいね)\s*[\d.,]+/u,
  /^[\d.,]+[KkM]?$/,
]

/**
 * Whether a line is paste noise (short, and looks like one of `pasteNoise`).
 *
 * @param {string} line
 * @returns {boolean}
 */
export function isPasteNoise(line) {
  const text = line.trim()
  return text !== '' && text.length <= 80 && pasteNoise.some((pattern) => pattern.test(text))
}

/**
 * A heading or table-of-contents line without numbering, bullets, marks, emoji and spaces, to
 * compare one with the other.
 *
 * @param {string} line
 * @returns {string}
 */
export function bareHeading(line) {
  return line
    .trim()
    .replace(/^(?:[-*+・•●]|\d+[.．)]?|第\d+章)\s*/u, '')
    .replace(/[\s■□●○◆◇▼▽▲△★☆【】＜＞〈〉《》♪！!]|\p{Extended_Pictographic}|\uFE0F/gu, '')
}
