import type {List, RootContent} from 'mdast'
import {
  type BodyCues,
  type Cue,
  englishCues,
  enumeration,
  headingCues,
  japaneseCues,
  numbering,
} from './cues.js'
import {toPlainText} from './text.js'
import type {Kind} from './types.js'

/** Evidence for each kind, with the reasons behind it. */
export type Evidence = Record<Kind, {score: number; reasons: string[]}>

export function emptyEvidence(): Evidence {
  return {
    intro: {score: 0, reasons: []},
    background: {score: 0, reasons: []},
    experience: {score: 0, reasons: []},
    feelings: {score: 0, reasons: []},
    strategies: {score: 0, reasons: []},
    conclusion: {score: 0, reasons: []},
    other: {score: 0, reasons: []},
  }
}

export function add(evidence: Evidence, kind: Kind, score: number, reason: string): void {
  evidence[kind].score += score
  evidence[kind].reasons.push(reason)
}

/** Weight of a heading that names a kind: strong enough to beat any body signal alone. */
export const headingWeight = 3

/**
 * Evidence from words in a heading; returns how many kinds it names. When it names several
 * (“Tips for the first month”, “最初の一ヶ月のコツ”), the head of the phrase counts most: the
 * first match in English, the last in Japanese.
 */
export function headingEvidence(heading: string, japanese: boolean, evidence: Evidence): number {
  const matches: Array<{kind: Kind; index: number; reason: string}> = []
  for (const [kind, cues] of Object.entries(headingCues) as Array<[Kind, Cue[]]>) {
    for (const cue of cues) {
      const match = cue.pattern.exec(heading)
      if (match) {
        matches.push({
          kind,
          index: match.index,
          reason: cue.label.replace('$&', match[0].replace(/\s+(?:a|an|the)\s*$/i, '').trim()),
        })
        break
      }
    }
  }
  matches.sort((a, b) => (japanese ? b.index - a.index : a.index - b.index))
  for (const [rank, match] of matches.entries()) {
    add(evidence, match.kind, rank === 0 ? headingWeight : headingWeight * 0.6, match.reason)
  }
  if (matches.length === 0) addWeakHeadingEvidence(heading, japanese, evidence)
  return matches.length
}

/** Words that name a feeling outright; narrower than the body's emotion cues (“small”, “lost”). */
const japaneseFeelingWord =
  /悲し|悔し|不安|怖|罪悪感|孤独|情けな|辛|つら|苦し|もやもや|モヤモヤ|涙|泣|寂し|さみし|虚し|むなし|腹が立|怒り|恥ずかし|惨め|みじめ|後ろめた|劣等感|喪失感|絶望|やるせな|しんど|自分を責め|失格/
const englishFeelingWord =
  /\b(?:guilt|guilty|shame|ashamed|afraid|fear|scared|anxious|anxiety|lonely|loneliness|angry|anger|sad|sadness|grief|grieving|numb|hurt|tears|crying|jealous|envy|bitter|hopeless|helpless|panic|dread|regret|sorrow|despair|imposter|impostor|frustrat\w*|resent\w*|exhaust\w*|overwhelm\w*|embarrass\w*|heartbre\w*)\b/i

/**
 * Headings that hint without naming a kind: a feeling word or an inner question (“Why can't I
 * sleep?”, “見ないふりをした”) leans to feelings; a line addressed to readers (“〜な人へ”,
 * “To anyone who…”) leans to advice or a closing word.
 */
function addWeakHeadingEvidence(heading: string, japanese: boolean, evidence: Evidence) {
  const cues = japanese ? japaneseCues : englishCues
  const emotion = (japanese ? japaneseFeelingWord : englishFeelingWord).exec(heading)
  if (emotion) add(evidence, 'feelings', 1.5, `heading names a feeling (${emotion[0].trim()})`)
  else if (/[?？]\s*$/.test(heading)) add(evidence, 'feelings', 1, 'heading asks a question')
  else if (cues.inner.test(heading)) add(evidence, 'feelings', 0.8, 'heading reflects inward')
  if (
    /(?:人|方|かた|あなた|皆さん|みなさん)へ[。.!！]?$|^(?:to|for|dear) (?:anyone|everyone|you|those|other|fellow|the)\b|\bif you(?:'re| are)\b/i.test(
      heading,
    )
  ) {
    add(evidence, 'strategies', 0.8, 'heading addresses readers')
    add(evidence, 'conclusion', 0.8, 'heading addresses readers')
  }
}

/** How the blocks of a section are shaped, as far as strategies go. */
export interface Structure {
  orderedLists: number
  listItems: number
  boldLeadItems: number
  numberedParagraphs: number
  numberedChildren: number
  /** List items that read as instructions or advice. */
  adviceItems: number
}

export function structureOf(
  blocks: readonly RootContent[],
  childHeadings: readonly string[],
  japanese: boolean,
) {
  const cues = japanese ? japaneseCues : englishCues
  const structure: Structure = {
    adviceItems: 0,
    orderedLists: 0,
    listItems: 0,
    boldLeadItems: 0,
    numberedParagraphs: 0,
    numberedChildren: childHeadings.filter((heading) => numbering.test(heading)).length,
  }
  for (const block of blocks) {
    if (block.type === 'list') {
      if (block.ordered) structure.orderedLists++
      structure.listItems += block.children.length
      structure.boldLeadItems += countBoldLeads(block)
      for (const item of block.children) {
        const text = firstSentence(toPlainText(item))
        if (cues.instruction.test(text) || cues.advice.test(text)) structure.adviceItems++
      }
    } else if (block.type === 'paragraph') {
      const first = block.children[0]
      if (first?.type === 'text' && numbering.test(first.value) && /^\s*\S/.test(first.value)) {
        structure.numberedParagraphs++
      } else if (first?.type === 'strong' && block.children.length > 1) {
        structure.boldLeadItems++
      }
    }
  }
  return structure
}

function countBoldLeads(list: List) {
  let count = 0
  for (const item of list.children) {
    const paragraph = item.children[0]
    if (paragraph?.type === 'paragraph' && paragraph.children[0]?.type === 'strong') count++
  }
  return count
}

/** Longest run of text a cue is tested on: keeps every regex linear on pathological input. */
const maxSentence = 400

/** Split text into sentences (Japanese 。！？, English .!?, and line breaks). */
export function sentencesOf(text: string, japanese: boolean): string[] {
  const pieces = japanese ? text.split(/(?<=[。！？!?])|\n+/) : text.split(/(?<=[.!?])\s+|\n+/)
  const sentences: string[] = []
  for (const piece of pieces) {
    const trimmed = piece.trim()
    if (trimmed.length < 2) continue
    for (let start = 0; start < trimmed.length; start += maxSentence) {
      sentences.push(trimmed.slice(start, start + maxSentence))
    }
  }
  return sentences
}

/**
 * Evidence from a section's body: what share of its sentences narrate, feel, advise, define,
 * close or announce, plus its shape (numbered lists, bold lead-ins, numbered subsections).
 */
export function bodyEvidence(
  text: string,
  japanese: boolean,
  structure: Structure,
  evidence: Evidence,
): void {
  const cues: BodyCues = japanese ? japaneseCues : englishCues
  const sentences = sentencesOf(text, japanese)
  const total = sentences.length
  let narrative = 0
  let timed = 0
  let emotional = 0
  let inward = 0
  let advice = 0
  let defining = 0
  let closing = 0
  let announcing = 0
  for (const sentence of sentences) {
    const isEmotional = cues.emotion.test(sentence)
    const isInward = cues.inner.test(sentence)
    if (isInward && !isEmotional) inward++
    const isPast = cues.past.test(sentence)
    const isFirstPerson = japanese || cues.firstPerson.test(sentence)
    if (isEmotional) emotional++
    if (isPast && isFirstPerson && !isEmotional && !isInward) narrative++
    if (cues.time.test(sentence)) timed++
    if (cues.advice.test(sentence)) advice++
    if (cues.definition.test(sentence)) defining++
    if (cues.closing.test(sentence)) closing++
    if (cues.announce.test(sentence)) announcing++
  }
  const hasEnumeration = enumeration.test(text.slice(0, 2000))

  if (total > 0) {
    // Shares, with a little smoothing so one sentence out of one does not count as “all”.
    const share = (count: number) => count / (total + 1)
    const narrativeShare = share(narrative)
    if (narrativeShare > 0.15) {
      add(
        evidence,
        'experience',
        2.4 * narrativeShare + Math.min(0.3, 0.6 * share(timed)),
        japanese ? 'past-tense narrative' : 'past-tense first-person narrative',
      )
    }
    const emotionalShare = share(emotional)
    if (emotionalShare > 0.15) {
      add(evidence, 'feelings', 2.8 * emotionalShare, 'emotion words')
    }
    const inwardShare = share(inward)
    if (inwardShare > 0.15) {
      add(evidence, 'feelings', 1.4 * inwardShare, 'inner reflection')
    }
    const adviceShare = share(advice)
    if (adviceShare > 0.1) {
      add(
        evidence,
        'strategies',
        2.6 * adviceShare,
        japanese ? 'advice forms (〜しましょう, 〜てみる)' : 'advice and modal forms (try, should)',
      )
    }
    const definingShare = share(defining)
    if (definingShare > 0.15) {
      add(evidence, 'background', 2.6 * definingShare, 'definitions and facts')
    }
    const closingShare = share(closing)
    if (closingShare > 0.15) {
      add(evidence, 'conclusion', 2 * closingShare, 'hopeful or reader-addressing close')
    }
    if (announcing > 0) {
      add(evidence, 'intro', Math.min(1.2, 1.6 * share(announcing) + 0.4), 'introduces the post')
    }
  }

  const listedAdvice = structure.boldLeadItems >= 2 || structure.numberedChildren >= 2
  if (structure.boldLeadItems >= 2) {
    add(evidence, 'strategies', 1.2, 'list of advice with bold lead-ins')
  }
  if (structure.numberedChildren >= 2) {
    add(evidence, 'strategies', 1.4, 'numbered subsections')
  } else if (structure.numberedParagraphs >= 2) {
    add(evidence, 'strategies', 1.1, 'numbered paragraphs (①②③)')
  } else if (structure.orderedLists > 0 && !listedAdvice) {
    add(evidence, 'strategies', advice > 0 ? 0.9 : 0.4, 'numbered list')
  }
  if (structure.adviceItems >= 2 && structure.adviceItems * 2 >= structure.listItems) {
    add(evidence, 'strategies', 1, 'list of things to do')
  }
  if (hasEnumeration) {
    add(evidence, 'strategies', 0.5, 'announces a number of ways')
  }
}

function firstSentence(text: string): string {
  const trimmed = text.trim()
  const end = trimmed.search(/[。！？!?\n]|\.(?:\s|$)/)
  return end === -1 ? trimmed : trimmed.slice(0, end)
}

/** Whether a heading names an aside (author profile, comment policy, update note). */
export function namesAside(heading: string | null): boolean {
  return heading !== null && (headingCues.other ?? []).some((cue) => cue.pattern.test(heading))
}
