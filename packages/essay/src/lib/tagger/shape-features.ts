import type {List, RootContent} from 'mdast'
import {toPlainText} from '../mdast-text.js'
import {numbering} from '../numbering.js'
import type {LanguageProfile} from '../profiles/index.js'
import {splitSentences} from '../sentences.js'
import type {SectionView} from './features.js'

/**
 * The shape features of a section (lists, numbering, bold lead-ins, short lines, links), by name:
 * how a section is laid out says as much as its words (strategies come as lists of instructions,
 * trailing asides as lines of links).
 */
export function shapeFeatures(view: SectionView, profile: LanguageProfile): Record<string, number> {
  let listChars = 0
  let allChars = 0
  let ordered = 0
  let listItems = 0
  let boldLeads = 0
  let numberedParagraphs = 0
  let adviceItems = 0
  let shortLines = 0
  let lines = 0
  let links = 0
  for (const block of view.blocks) {
    const text = toPlainText(block)
    allChars += text.length
    if (block.type === 'list') {
      listChars += text.length
      if (block.ordered) ordered++
      listItems += block.children.length
      boldLeads += countBoldLeads(block)
      for (const item of block.children) {
        const line = splitSentences(toPlainText(item))[0] ?? ''
        if (profile.body.instruction.test(line) || profile.body.advice.test(line)) adviceItems++
        lines++
        if (isShortLine(line, profile)) shortLines++
        if (containsLink(item)) links++
      }
    } else if (block.type === 'paragraph') {
      lines++
      if (isShortLine(text, profile)) shortLines++
      if (containsLink(block)) links++
      const first = block.children[0]
      if (first?.type === 'text' && numbering.test(first.value) && /^\s*\S/.test(first.value))
        numberedParagraphs++
      else if (first?.type === 'strong' && block.children.length > 1) boldLeads++
    }
  }
  const numberedChildren = view.childHeadings.filter((heading) => numbering.test(heading)).length
  return {
    'shape:list-share': allChars === 0 ? 0 : listChars / allChars,
    'shape:ordered-list': ordered > 0 ? 1 : 0,
    'shape:bold-leads': Math.min(boldLeads, 4) / 4,
    'shape:numbered-children': Math.min(numberedChildren, 4) / 4,
    'shape:numbered-paragraphs': numberedParagraphs >= 2 ? 1 : 0,
    'shape:advice-items': listItems === 0 ? 0 : adviceItems / listItems,
    'shape:short-lines': lines === 0 ? 0 : shortLines / lines,
    'shape:links': lines === 0 ? 0 : links / lines,
    'shape:children': view.childHeadings.length > 0 ? 1 : 0,
  }
}

function countBoldLeads(list: List) {
  let count = 0
  for (const item of list.children) {
    const paragraph = item.children[0]
    if (paragraph?.type === 'paragraph' && paragraph.children[0]?.type === 'strong') count++
  }
  return count
}

function containsLink(node: RootContent): boolean {
  if (node.type === 'link' || node.type === 'linkReference') return true
  return 'children' in node && (node.children as RootContent[]).some(containsLink)
}

/** A line that ends without a sentence's end: a title, a name, a link, a heading. */
function isShortLine(line: string, profile: LanguageProfile) {
  const trimmed = line.trim()
  return (
    trimmed !== '' &&
    [...trimmed].length <= profile.headingLength.chars &&
    !/[。．.!！?？」』]$/.test(trimmed)
  )
}
