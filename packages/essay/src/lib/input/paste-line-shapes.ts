import {hasJapanese} from '../lang.js'
import {numbering} from '../numbering.js'
import {matchKind, namedKind, withinHeadingLength} from '../profiles/index.js'
import {bulletMark, listOnlyMark} from './list-marks.js'

/**
 * What one line of a paste looks like on its own: a heading mark, a bullet, short or prose, a
 * byline, an aside's name, a line of tags. `paste-lines.ts` reads the lines together.
 */

/** Marks bloggers put before a heading; the first character names the mark's family. */
export const headingMark =
  /^(?:[■□◆◇▼▽▶►★☆◎●○◉♦❖✿❀]|【[^】]{1,40}】|＜[^＞]{1,40}＞|〈[^〉]{1,40}〉|《[^》]{1,40}》|第[0-9０-９一二三四五六七八九十]{1,3}[章部回話]|\p{Extended_Pictographic})/u
export const trailingMark = /[♪♫！!]+$/
/** Words of the page around a post, not of the post: bylines, counts, buttons. */
export const pageWords =
  /\b(?:by|min read|read|follow|following|followers|share|subscribe|posted|published|updated|likes?|claps?|comments?|views|listen|save|sign in|sign up)\b|·|\bPR\b|スポンサーリンク|広告|記事|更新|投稿|読了|読者|フォロー|シェア|ブックマーク|いいね|スキ/i

/** A signature under the closing word: `— Graham`, `-- M.`. */
export const signature = /^(?:[—–―]|--)\s*\S/
/**
 * A line of the page's metadata: `Categories: Grief, Family`, `テーマ：育児`, `Filed under …`,
 * Medium's `Member-only story`.
 */
export const metadataLine =
  /^(?:categor(?:y|ies)|tags?|filed under|posted in|topics?|カテゴリー?|テーマ|タグ|ジャンル)\s*[:：]|^filed under\b|^member-only story$/i
/** WordPress's categories as a list of capitalised words (`Family, Grief, Letters`). */
export const categoryList =
  /^[A-Z][a-z'-]+(?: [A-Za-z'-]+)?(?:, [A-Z][a-z'-]+(?: [A-Za-z'-]+)?){2,}$/
export const sentenceEnd =
  /(?<!\b(?:[ap]\.m|etc|[DM]rs?|Ms|St|Jr|Sr|vs))[。．.、，,:：;；」』)）]$/i
export const tocHeader =
  /^(?:目次|もくじ|この記事の内容|この記事でわかること|この記事で分かること|この記事の目次|contents|table of contents|in this post|in this article|what this post covers|what's in this post|what’s in this post|this post covers)[:：]?$/i

/** The family of a heading mark (`■`, `【`, `第章`, `emoji`), or undefined for an unmarked line. */
export function markOf(text: string): string | undefined {
  const match = headingMark.exec(text)
  if (!match) return undefined
  const mark = match[0]
  if (/^\p{Extended_Pictographic}/u.test(mark)) return 'emoji'
  if (mark.startsWith('第')) return '第'
  return mark[0]
}

/** A heading's words without its marks or numbering: how a table of contents repeats it. */
export function coreOf(text: string): string {
  return withoutMarks(text.replace(listOnlyMark, ''))
    .replace(numbering, '')
    .replace(/^[0-9０-９]{1,3}[\s\u3000]+/, '')
    .replace(trailingMark, '')
    .normalize('NFKC')
    .replace(/[\s\p{Extended_Pictographic}【】＜＞〈〉《》<>「」"“”'‘’]|\uFE0F/gu, '')
    .toLowerCase()
}

/** A line without the marks around its words: `■ 体験談` → `体験談`, `＜最後の日＞` → `最後の日`. */
export function withoutMarks(text: string) {
  return text
    .replace(
      /^(?:[■□◆◇▼▽▶►★☆◎●○◉♦❖✿❀]|第[0-9０-９一二三四五六七八九十]{1,3}[章部回話]|\p{Extended_Pictographic}\uFE0F?)/u,
      '',
    )
    .replace(/[【】＜＞〈〉《》]/g, '')
    .trim()
}

/** Short enough to be a heading: a line, not a paragraph. */
export function isShort(text: string) {
  const core = withoutMarks(text).replace(numbering, '')
  return core.length > 0 && withinHeadingLength(core)
}

/** A line that reads as a sentence of prose: long, or ended like a sentence. */
export function isProse(text: string) {
  return !isShort(text) || sentenceEnd.test(text) || politeEnd.test(text)
}

/**
 * A Japanese sentence in the polite form, with or without its 。 (まとめておきます✍️), or one
 * whose clause goes on after a polite verb (長くなりますが、…): headings are phrases, not
 * statements. `〜しましょう` is left out: strategies are headed that way.
 */
export const politeEnd =
  /(?:ます|ました|です|でした|ません|ませんでした)(?:[\s♪♫！!…〜~ー]|\p{Extended_Pictographic}|\uFE0F)*$|(?:ます|ました|です|でした)(?:が|けど|けれど|から|ので|し)、/u

/** A sentence that ends: where an essay's own words begin after a title's subtitle and byline. */
export function endsSentence(text: string) {
  if (!/[。．.!！?？」』)）]["”’]?$/.test(text)) return false
  // A Japanese line that ends with 。 is a sentence however short (こんにちは、みずほです。);
  // an English byline may end with a period (“Updated Mar 3.”).
  return !isShort(text) || (/[。．]$/.test(text) && [...text].length >= 8)
}

const platformLine =
  /^thanks for reading\b(?:.{0,80}\bsubscribe\b|[^.!?]{0,60}!$)|^(?:\d+|one|two|three) (?:thoughts?|responses?|comments?|repl(?:y|ies)) (?:on|to) \S|^like this:$|^ready for more\?$|^posted by [^\n]{1,60} at \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?$/i
// A publication's name after Substack's thanks is capitalised, as names are (not “this far”).
const thanksForReadingName =
  /^[Tt]hanks for reading [A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|the|and|a|in|on|for|to)){0,5}$/

/**
 * Lines a blog platform puts after a post, whatever their length: Substack's “Thanks for reading
 * …! Subscribe for free …” (or its first sentence alone, or the publication's name alone:
 * “Thanks for reading Second Wind”) and its “Ready for more?”, WordPress's
 * “4 thoughts on “…”” and its “Like this:” block (with the colon: “Days like this” is a heading),
 * Blogger's “Posted by … at 8:41 pm” footer (a byline under the title has no time of day).
 */
export function isPlatformAside(text: string): boolean {
  return platformLine.test(text) || thanksForReadingName.test(text)
}

/**
 * Lines that name what is not the essay (関連記事, About the author, Comments are closed., a line
 * of tags): short, and the aside's words open or close the line (a related post's title may
 * mention お知らせ).
 */
export function isAside(text: string) {
  if (isTagLine(text)) return true
  const core = withoutMarks(text).replace(/[。.!！?？:：]$/, '')
  // A call to action asks (“この記事が気に入ったらサポートをしてみませんか？”): a longer line.
  const asks = /[?？]$/.test(text)
  const short = hasJapanese(core)
    ? [...core].length <= (asks ? 32 : 20)
    : core.split(/\s+/).length <= (asks ? 10 : 8)
  if (isPlatformAside(text.trim())) return true
  if (!short) return false
  const match = matchKind('other', core)
  return match !== undefined && (match.index === 0 || match.index + match[0].length === core.length)
}

/** A line of tags: `#育休 #復職`, or `Sobriety · Recovery · Mental Health` (three or more). */
export function isTagLine(text: string) {
  if (/^(?:[#＃][^\s#＃]{1,30}[\s\u3000]*){2,12}$/u.test(text)) return true
  const parts = text.split(/\s+[·•|｜]\s+/)
  return (
    parts.length >= 3 &&
    parts.length <= 12 &&
    parts.every(
      (part) => part.length <= 30 && part.split(/\s+/).length <= 4 && !/[.。!?]$/.test(part),
    )
  )
}

/**
 * A title: a line, not a paragraph; not the opening section's own heading (はじめに); a headline
 * may end with a period when it is written in title case (“I Took Twelve Weeks Off. Here's Why.”).
 */
export function isTitleLike(text: string) {
  if (namedKind(text) === 'intro' || bulletMark.test(text) || hasNoWords(text)) return false
  if (hasJapanese(text)) return [...text].length <= 60 && !/[。．]$/.test(text)
  const words = text.split(/\s+/)
  if (words.length > 16 || text.length > 120) return false
  if (!/[.:;,]$/.test(text)) return true
  const long = words.filter((word) => /^[A-Za-z]{4,}/.test(word))
  return /\.$/.test(text) && long.filter((word) => /^[A-Z]/.test(word)).length >= long.length * 0.6
}

/** Digits, dates and counts: no words a heading could have (`214`, `👏 1.4K`, `·`). */
export function hasNoWords(text: string) {
  return !/[\p{L}]/u.test(withoutMarks(text).replace(/\b(?:min|read|k)\b|(?<=\d)[km]\b/gi, ''))
}

export function isNumbered(text: string) {
  return numbering.test(text) && !listOnlyMark.test(text)
}
