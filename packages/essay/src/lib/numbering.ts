/**
 * Patterns shared by every language: how writers number strategies and announce a count of them.
 * Language-specific words live in `profiles/`.
 */

/**
 * Numbering at the start of a strategy title: ①, 1., 1), (1), （1）, Step 1:, その1, 第1に, #1. A time
 * or a decimal (`2:40 p.m.`, `1.5 million`) is not numbering.
 */
export const numbering =
  /^\s*(?:[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2776-\u277f]|(?:step|ステップ|ポイント|point|tip)\s*\d{1,3}\s*[:：.．)）-]?|その\s*\d{1,3}\s*[:：.．、]?|第\s*\d{1,3}(?![\d章部回話])\s*[にの、.]?|\(\d{1,3}\)|（\d{1,3}）|\d{1,3}\s*(?:[)）、]|[.．:：](?![0-9０-９]))|#\d{1,3}[:：.]?|[a-z][.)]\s|(?:first|second|third|fourth|fifth|sixth|finally|lastly)(?:ly)?,\s|(?:[一二三四五六七八九十]|ひと|ふた|みっ|よっ|いつ|[1-9１-９])つ目(?:は|に|、)?|(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,3})回目\s*[:：])\s*/i

/**
 * The style of a line's numbering (`①`, `1.`, `(1)`, `Step 1:`, `その1`, `三つ目は`, `二回目：`),
 * the same for every number of one style, or undefined when the line is not numbered: a run of
 * one style is a list; a numbered heading followed by prose that happens to open with “三つ目は”
 * is not.
 */
export function numberingStyle(text: string): string | undefined {
  const match = numbering.exec(text)
  if (!match) return undefined
  return match[0]
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2776-\u277f]/g, '①')
    .replace(/\d+/g, '1')
    .replace(/[一二三四五六七八九十]+|ひと|ふた|みっ|よっ|いつ/g, '一')
    .replace(/^(?:first|second|third|fourth|fifth|sixth|finally|lastly)(?:ly)?/, 'first')
}

/** Announcements of a count of ways: “3つの方法”, “three ways”, “5 tips”. */
export const enumeration =
  /[0-9０-９一二三四五六七八九十]+つの|[0-9０-９]+個の|[0-9０-９]+の(?:方法|コツ|ステップ|こと)|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:ways|things|steps|tips|strategies|habits|rules|lessons|ideas|changes|questions|practices)\b|\b(?:first|firstly|second|secondly|third|thirdly|finally|lastly),/i
