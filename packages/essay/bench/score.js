/**
 * Compare parsed essays with their expected labels. Shared by `bench/accuracy.js` (prints the
 * figures) and `test/corpus.test.ts` (asserts them).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'

/** @param {string} value */
export function normalizeHeading(value) {
  // Marks bloggers type around a heading (■, 【】, ▼, an emoji, a trailing ♪) are decoration:
  // whether a parser keeps them in `heading` or not, it is the same heading.
  return String(value ?? '')
    .normalize('NFKC')
    .replace(
      /(?:[\s*_#■□◆◇▼▽▶►●○◎★☆♪♫!！【】＜＞〈〉<>「」\p{Extended_Pictographic}]|\uFE0F)+/gu,
      '',
    )
    .toLowerCase()
}

/**
 * Parse every labelled essay of a folder.
 *
 * @param {Record<string, any>} labels `labels.json`, keyed by file name.
 * @param {string} folder Where the files are.
 * @param {(source: string) => any} parseEssay The parser to score.
 */
export function parseLabelled(labels, folder, parseEssay) {
  return Object.entries(labels).map(([file, expected]) => ({
    file,
    expected,
    essay: parseEssay(readFileSync(join(folder, file), 'utf8')),
  }))
}

/**
 * @param {Array<{file: string, expected: {sections: any[]}, essay: {sections: any[]}}>} results
 */
export function score(results) {
  const totals = {
    top: 0,
    topRight: 0,
    sub: 0,
    subRight: 0,
    items: 0,
    itemsFound: 0,
    titles: 0,
    titlesRight: 0,
    confidentWrong: 0,
    misses: [],
  }
  for (const {file, expected, essay} of results) {
    totals.titles++
    if (normalizeHeading(expected.title) === normalizeHeading(essay.title)) totals.titlesRight++
    else totals.misses.push(`${file} title: want “${expected.title}”, got “${essay.title}”`)
    compare(file, expected.sections, essay.sections, totals, 0)
  }
  return totals
}

function compare(file, expectedSections, actualSections, totals, level) {
  const byHeading = new Map(
    actualSections.map((section) => [normalizeHeading(section.heading), section]),
  )
  for (const [index, want] of expectedSections.entries()) {
    const got =
      byHeading.get(normalizeHeading(want.heading)) ??
      (want.heading === null ? actualSections[0] : undefined)
    const key = level === 0 ? 'top' : 'sub'
    totals[key]++
    if (got && got.kind === want.kind) totals[`${key}Right`]++
    else {
      if (got && got.confidence >= 0.7) totals.confidentWrong++
      const found = got
        ? `${got.kind} ${got.confidence} (${got.reasons.join('; ')})`
        : 'no such section'
      totals.misses.push(
        `${file} ${'  '.repeat(level)}#${index} “${want.heading}”: want ${want.kind}, got ${found}`,
      )
    }
    if (want.items && got) {
      const titles = (got.items ?? []).map((item) => normalizeHeading(item.title))
      for (const item of want.items) {
        totals.items++
        const target = normalizeHeading(item)
        if (titles.includes(target)) totals.itemsFound++
        else
          totals.misses.push(
            `${file}   item “${item}” not among [${(got.items ?? []).map((i) => i.title).join(' | ')}]`,
          )
      }
    }
    if (want.children && got) compare(file, want.children, got.children, totals, level + 1)
  }
}
