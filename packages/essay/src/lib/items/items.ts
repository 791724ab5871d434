import type {ListItem, Paragraph, RootContent} from 'mdast'
import {hasJapanese} from '../lang.js'
import {blocksToPlainText, toPlainText} from '../mdast-text.js'
import {numbering} from '../numbering.js'
import type {OutlineSection} from '../outline/outline.js'
import {type LanguageProfile, withinHeadingLength} from '../profiles/index.js'
import {rendersElement} from '../render/section-html.js'
import {firstSentence, splitSentences} from '../sentences.js'
import type {ItemPlace, StrategyItem} from '../types.js'

/** What an item says. */
type Words = Pick<StrategyItem, 'title' | 'text'>

/** An item before it knows its section. */
type Placed = Words & {at: ItemPlace}

/**
 * The individual strategies a section presents: its subsections (`### ① Ask in writing`), else
 * its list items (`1. **Ask in writing.** …`), else its numbered paragraphs (`①まず…`), else the
 * advice in its prose. Each says where it is (`at`), so an element can tick it off in place
 * without searching for its words; `id` is the section's id.
 */
export function extractItems(
  section: OutlineSection,
  profile: LanguageProfile,
  id: string,
): StrategyItem[] {
  return findItems(section, profile).map((item) => ({
    title: item.title,
    text: item.text,
    section: id,
    at: item.at,
  }))
}

function findItems(section: OutlineSection, profile: LanguageProfile): Placed[] {
  if (section.children.length > 0) {
    return section.children.map((child, index) => ({
      title: cleanTitle(child.headingText ?? ''),
      text: sectionText(child),
      at: {subsection: index},
    }))
  }

  // The place of each block among the elements at the top of the section's HTML.
  const elements = new Map<RootContent, number>()
  for (const block of section.blocks) if (rendersElement(block)) elements.set(block, elements.size)

  const lists = section.blocks.filter((block) => block.type === 'list')
  if (lists.length > 0) {
    // Where some lists lead with bold titles, those are the strategies; other lists are detail.
    const withLeads = lists.filter((list) =>
      list.children.some((item) => leadOf(item) !== undefined),
    )
    const chosen = withLeads.length > 0 ? withLeads : lists
    return chosen.flatMap((list) =>
      list.children.map((item, listItem) => ({
        ...itemFromBlocks(item.children),
        at: {block: elements.get(list) as number, listItem},
      })),
    )
  }

  const paragraphs = section.blocks.filter(
    (block): block is Paragraph => block.type === 'paragraph' && isNumberedOrLed(block),
  )
  if (paragraphs.length >= 2) {
    return paragraphs.map((paragraph) => ({
      ...itemFromBlocks([paragraph]),
      at: {block: elements.get(paragraph) as number},
    }))
  }
  return adviceInProse(section.blocks, profile, elements)
}

/**
 * Advice written as prose. Paragraphs that each open with a piece of advice (“Guard the first
 * four hours. Go to bed within…”) are one item each, titled by that sentence. Otherwise, within
 * a paragraph (“Ask for respite care early. Don't wait for a crisis…”), each sentence that
 * recommends something starts an item and the sentences after it are its text. Fewer than two
 * is a paragraph, not a set of strategies.
 */
function adviceInProse(
  blocks: readonly RootContent[],
  profile: LanguageProfile,
  elements: ReadonlyMap<RootContent, number>,
): Placed[] {
  const cues = profile.body
  const advises = (sentence: string) => cues.recommendation.test(sentence)
  const paragraphs = blocks
    .filter((block) => block.type === 'paragraph')
    // A paragraph's soft line breaks wrap a sentence; they do not end it.
    .map((block) => ({
      block,
      sentences: splitSentences(toPlainText(block).replace(/\n/g, profile.lineJoiner)),
    }))
  const opensWithAdvice = (sentences: string[]) => {
    const first = sentences[0]
    return (
      first !== undefined &&
      (advises(first) || (profile.plainFormInstructs && cues.instruction.test(first)))
    )
  }
  const led = paragraphs.filter(({sentences}) => opensWithAdvice(sentences))
  if (led.length >= 2) {
    return led.map(({block, sentences}) => ({
      ...withMore(splitFirstSentence(sentences[0] ?? ''), sentences.slice(1).join(' ')),
      at: {block: elements.get(block) as number},
    }))
  }
  // Several items may start in one paragraph: their place is the sentence each starts with.
  const items: Placed[] = []
  for (const {block, sentences} of paragraphs) {
    let current: Placed | undefined
    for (const [sentence, text] of sentences.entries()) {
      if (advises(text)) {
        current = {
          ...splitFirstSentence(text),
          at: {block: elements.get(block) as number, sentence},
        }
        items.push(current)
      } else if (current) {
        current.text = current.text === '' ? text : `${current.text} ${text}`
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

function itemFromBlocks(blocks: readonly RootContent[]): Words {
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
  const lead = first ? toPlainText(first).replace(numbering, '').trim() : ''
  return withMore(colonLead(lead) ?? splitFirstSentence(lead, true), more)
}

/**
 * A lead set off by a full-width colon (`朝の声かけをやめた：毎朝聞くことが…`) is the title, as a
 * bold lead is: Japanese writers set a strategy's name off so, and plain text (a paste) keeps
 * the colon where the bold is gone. Only a lead no longer than a heading that ends no sentence
 * before its colon (quoted words aside: `「今日は行くの？」をやめた`). An English colon is left
 * in the title: in the corpus it more often opens the strategy's own detail (“Photograph
 * everything that day: the injuries, the gate…”), and all three such items there are titled
 * with it.
 */
function colonLead(text: string): Words | undefined {
  const match = /^([^：]{2,80}?)：\s*(\S[\s\S]*)$/u.exec(text)
  if (!match) return undefined
  const [, lead = '', rest = ''] = match
  if (/[。.!！?？]/.test(lead.replace(/「[^」]*」|“[^”]*”|"[^"]*"/g, ''))) return undefined
  if (!withinHeadingLength(lead.trim())) return undefined
  return {title: cleanTitle(lead), text: rest.trim()}
}

function withMore(item: Words, more: string): Words {
  return more === ''
    ? item
    : {title: item.title, text: [item.text, more].filter(Boolean).join('\n\n')}
}

/** A long item without a lead-in: its first sentence is its title. */
function splitFirstSentence(text: string, listItem = false): Words {
  const {sentence, rest} = firstSentence(text, 200)
  return shortenTitle(sentence, rest, listItem)
}

/**
 * A title is something to tick off, not a paragraph: a first sentence longer than a line is cut
 * at its first clause (“Switch to in-ear monitors, and set the mix…” → “Switch to in-ear
 * monitors”), and the rest goes back to the text.
 */
function shortenTitle(sentence: string, rest: string, listItem: boolean): Words {
  const japanese = hasJapanese(sentence)
  const title = cleanTitle(sentence)
  // A list item's first sentence is its title (what the author wrote as the strategy) unless it
  // runs past a line's worth; prose sentences are cut sooner, as they carry more than a title.
  const limit = listItem ? (japanese ? 50 : 100) : japanese ? 30 : 60
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
