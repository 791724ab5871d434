import type {ListItem, Paragraph, RootContent} from 'mdast'
import {numbering} from './cues.js'
import {hasJapanese} from './lang.js'
import type {OutlineSection} from './outline.js'
import type {LanguageProfile} from './profiles/index.js'
import {blocksToPlainText, toPlainText} from './text.js'
import type {StrategyItem} from './types.js'

/**
 * The individual strategies a section presents: its subsections (`### ① Ask in writing`), else
 * its list items (`1. **Ask in writing.** …`), else its numbered paragraphs (`①まず…`), else the
 * advice in its prose.
 */
export function extractItems(section: OutlineSection, profile: LanguageProfile): StrategyItem[] {
  if (section.children.length > 0) {
    return section.children.map((child) => ({
      title: cleanTitle(child.headingText ?? ''),
      text: sectionText(child),
    }))
  }

  const lists = section.blocks.filter((block) => block.type === 'list')
  if (lists.length > 0) {
    // Where some lists lead with bold titles, those are the strategies; other lists are detail.
    const withLeads = lists.filter((list) =>
      list.children.some((item) => leadOf(item) !== undefined),
    )
    const chosen = withLeads.length > 0 ? withLeads : lists
    return chosen.flatMap((list) => list.children.map(itemFromListItem))
  }

  const paragraphs = section.blocks.filter(
    (block): block is Paragraph => block.type === 'paragraph' && isNumberedOrLed(block),
  )
  if (paragraphs.length >= 2) return paragraphs.map((paragraph) => itemFromBlocks([paragraph]))
  return adviceInProse(section.blocks, profile)
}

/**
 * Advice written as prose. Paragraphs that each open with a piece of advice (“Guard the first
 * four hours. Go to bed within…”) are one item each, titled by that sentence. Otherwise, within
 * a paragraph (“Ask for respite care early. Don't wait for a crisis…”), each sentence that
 * recommends something starts an item and the sentences after it are its text. Fewer than two
 * is a paragraph, not a set of strategies.
 */
function adviceInProse(blocks: readonly RootContent[], profile: LanguageProfile): StrategyItem[] {
  const cues = profile.body
  const advises = (sentence: string) => cues.recommendation.test(sentence)
  const paragraphs = blocks
    .filter((block) => block.type === 'paragraph')
    // A paragraph's soft line breaks wrap a sentence; they do not end it.
    .map((block) => profile.sentences(toPlainText(block).replace(/\n/g, profile.lineJoiner)))
  const opensWithAdvice = (sentences: string[]) => {
    const first = sentences[0]
    return (
      first !== undefined &&
      (advises(first) || (profile.plainFormInstructs && cues.instruction.test(first)))
    )
  }
  const led = paragraphs.filter(opensWithAdvice)
  if (led.length >= 2) {
    return led.map((sentences) =>
      withMore(splitFirstSentence(sentences[0] ?? ''), sentences.slice(1).join(' ')),
    )
  }
  const items: StrategyItem[] = []
  for (const sentences of paragraphs) {
    let current: StrategyItem | undefined
    for (const sentence of sentences) {
      if (advises(sentence)) {
        current = splitFirstSentence(sentence)
        items.push(current)
      } else if (current) {
        current.text = current.text === '' ? sentence : `${current.text} ${sentence}`
      }
    }
  }
  return items.length >= 2 ? items : []
}

function sectionText(section: OutlineSection): string {
  const parts = [blocksToPlainText(section.blocks)]
  for (const child of section.children) {
    parts.push(child.headingText ?? '', sectionText(child))
  }
  return parts.filter((part) => part.trim() !== '').join('\n\n')
}

function isNumberedOrLed(paragraph: Paragraph) {
  const first = paragraph.children[0]
  if (first?.type === 'strong') return paragraph.children.length > 1
  return first?.type === 'text' && numbering.test(first.value)
}

function leadOf(item: ListItem): string | undefined {
  const paragraph = item.children[0]
  if (paragraph?.type !== 'paragraph') return undefined
  const first = paragraph.children[0]
  return first?.type === 'strong' ? toPlainText(first) : undefined
}

function itemFromListItem(item: ListItem): StrategyItem {
  return itemFromBlocks(item.children)
}

function itemFromBlocks(blocks: readonly RootContent[]): StrategyItem {
  const first = blocks[0]
  const more = blocksToPlainText(blocks.slice(1))
  if (first?.type === 'paragraph' && first.children[0]?.type === 'strong') {
    const title = cleanTitle(toPlainText(first.children[0]))
    const rest = first.children
      .slice(1)
      .map(toPlainText)
      .join('')
      .trim()
      .replace(/^[\s:：—–-]+/, '')
    // A bold lead that is only numbering (`**Step 1:** Ask in writing.`) is no title.
    if (title === '') return withMore(splitFirstSentence(rest.replace(numbering, '')), more)
    return {title, text: [rest, more].filter(Boolean).join('\n\n')}
  }
  // The title comes from the first paragraph alone; later paragraphs of the item are its text.
  const lead = first ? toPlainText(first) : ''
  return withMore(splitFirstSentence(lead.replace(numbering, '').trim(), true), more)
}

function withMore(item: StrategyItem, more: string): StrategyItem {
  return more === ''
    ? item
    : {title: item.title, text: [item.text, more].filter(Boolean).join('\n\n')}
}

/** A long item without a lead-in: its first sentence is its title. */
function splitFirstSentence(text: string, listItem = false): StrategyItem {
  const limit = Math.min(text.length, 200)
  // A question inside quotes (毎朝「今日はどうする？」と聞く) does not end the sentence.
  let quoted = 0
  for (let index = 0; index < limit; index++) {
    const char = text[index]
    if (char === '「' || char === '『' || char === '“' || char === '（' || char === '(') quoted++
    else if (char === '」' || char === '』' || char === '”' || char === '）' || char === ')')
      quoted = Math.max(0, quoted - 1)
    if (quoted > 0) continue
    const isEnd =
      char === '。' ||
      char === '！' ||
      char === '？' ||
      char === '：' ||
      ((char === '.' || char === '!' || char === '?' || char === ':') &&
        (index + 1 === text.length || /\s/.test(text[index + 1] ?? '')))
    if (isEnd && index > 0) {
      const rest = text.slice(index + 1).trim()
      if (rest === '') break
      return shortenTitle(text.slice(0, index + 1), rest, listItem)
    }
  }
  return shortenTitle(text, '', listItem)
}

/**
 * A title is something to tick off, not a paragraph: a long first sentence is cut at its first
 * clause (“Switch to in-ear monitors, and set the mix…” → “Switch to in-ear monitors”), and the
 * rest goes back to the text.
 */
function shortenTitle(sentence: string, rest: string, listItem: boolean): StrategyItem {
  const japanese = hasJapanese(sentence)
  const title = cleanTitle(sentence)
  // A list item of one line is its own title when it reads as one; a long first sentence, or a
  // sentence of prose, is cut at its first clause.
  const limit = listItem && rest === '' ? (japanese ? 50 : 100) : japanese ? 30 : 60
  if ([...title].length <= limit) return {title, text: rest}
  const cut = sentence.search(japanese ? /[、；]/ : /[,;—–]\s/)
  if (cut < (japanese ? 6 : 12)) return {title, text: rest}
  const remainder = sentence.slice(cut + 1).trim()
  return {
    title: cleanTitle(sentence.slice(0, cut)),
    text: [remainder, rest].filter(Boolean).join(' '),
  }
}

/** Strip numbering (①, 1., Step 1:) and a trailing period or colon from a title. */
export function cleanTitle(value: string): string {
  return value
    .replace(numbering, '')
    .replace(/[\s.。:：]+$/u, '')
    .trim()
}
