import type {Kind} from '../types.js'
import type {HeadingMatches} from './features.js'

/** Body rates worth saying only when they describe a real share of the sentences. */
const rates: Record<string, string> = {
  'body:narrative': 'past-tense narrative',
  'body:past': 'told in the past tense',
  'body:time': 'anchored in particular days and moments',
  'body:history': 'told as history (years, habits, how things began)',
  'body:sequence': 'one event after another',
  'body:speech': "other people's words reported",
  'body:emotion': 'emotion words',
  'body:inner': 'inner reflection',
  'body:advice': 'advice and modal forms',
  'body:recommendation': 'sentences that recommend something',
  'body:definition': 'definitions and facts',
  'body:closing': 'hopeful or reader-addressing close',
  'body:announce': 'introduces the post',
  'body:reader': 'speaks to the reader',
  'body:present': 'told in the present tense',
  'body:general': 'speaks of people in general',
  'body:second-person': 'addresses the reader as “you”',
  'body:future': 'looks ahead',
  'body:question': 'asks questions',
}

const flags: Record<string, string> = {
  'heading:several-kinds': 'heading names more than one kind',
  'heading:feeling-word': 'heading names a feeling',
  'heading:question': 'heading asks a question',
  'heading:inner': 'heading reflects inward',
  'heading:reader': 'heading addresses readers',
  'heading:history': 'heading names a stretch of the past',
  'heading:reason': 'heading gives a reason or an origin',
  'heading:years': 'heading names a span of years',
  'heading:numbered': 'numbered heading',
  'body:enumeration': 'announces a number of ways',
  'body:empty': 'no text of its own',
  'length:short': 'short section',
  'shape:ordered-list': 'numbered list',
  'shape:children': 'has subsections',
  'place:first': 'first section',
  'place:last': 'last section of the essay',
  'place:trailing': 'after the closing word',
  'place:last-and-short': 'short closing section',
}

/** A feature as a reason a reader understands, or undefined for one not worth saying. */
export function describeFeature(
  name: string,
  value: number,
  matches: HeadingMatches,
): string | undefined {
  if (name.startsWith('heading:') && name.slice(8) in matches) {
    const word = matches[name.slice(8) as Kind]
    return /[A-Za-z]/.test(word ?? '') ? `heading says “${word}”` : `heading mentions ${word}`
  }
  if (name.startsWith('parent:')) return `part of ${withArticle(name.slice(7))} section`
  if (name in rates) {
    if (value < 0.2) return undefined
    const share =
      value >= 0.6 ? 'most sentences' : value >= 0.35 ? 'many sentences' : 'some sentences'
    return `${rates[name]} (${share})`
  }
  if (name === 'shape:list-share') return value >= 0.5 ? 'mostly a list' : undefined
  if (name === 'shape:bold-leads')
    return value >= 0.5 ? 'list of advice with bold lead-ins' : undefined
  if (name === 'shape:numbered-children') return value >= 0.5 ? 'numbered subsections' : undefined
  if (name === 'shape:numbered-paragraphs') return 'numbered paragraphs (①②③)'
  if (name === 'shape:advice-items') return value >= 0.5 ? 'list of things to do' : undefined
  if (name === 'shape:short-lines')
    return value >= 0.6 ? 'lines of titles or names, not prose' : undefined
  if (name === 'shape:links') return value >= 0.5 ? 'a list of links' : undefined
  if (name === 'length:log') return value >= 0.6 ? 'long section' : undefined
  if (name === 'place:relative') return value >= 0.7 ? 'late in the essay' : undefined
  return flags[name]
}

function withArticle(kind: string) {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`
}

/** English words too common to say anything to a reader, though the model may weigh them. */
const functionWords = new Set(
  'that this with have were they them then from what when been into just about would could there their which your will more some very only also than even after before over because these those where while being does done here much such most many other each both again once still through'.split(
    ' ',
  ),
)

/**
 * Whether a word the model weighed is worth quoting as a reason: a content word, not an
 * inflection or a particle joined to a word (“まし”, “私の”), or a function word (“the”,
 * “it”). Japanese words count when they are all kanji or katakana (“自分”, “ケアマネ”); English
 * ones of four letters or more that are not function words.
 */
export function isQuotable(word: string): boolean {
  if (/^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(word)) return true
  return /^[a-z][a-z'’-]{3,}$/i.test(word) && !functionWords.has(word.toLowerCase())
}
