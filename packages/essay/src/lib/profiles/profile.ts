import type {Kind} from '../types.js'

/**
 * What the tagger and the plain-text reader need to know about one language. A third language is
 * one more file like `ja.ts` or `en.ts`, plus labelled essays to fit the model on.
 */
export interface LanguageProfile {
  /** Primary BCP 47 subtag this profile reads (`ja`, `en`). */
  lang: string
  /** Families of heading words, per kind (`対策`, `what helped`), matched on word boundaries. */
  headingCues: Partial<Record<Kind, RegExp>>
  /** Heading words that name a feeling outright (narrower than the body's emotion cues). */
  feelingWord: RegExp
  /** A heading or line addressed to readers (“〜な人へ”, “To anyone who…”). */
  readerAddress: RegExp
  /**
   * A heading that names a stretch of the writer's past before the story (“入社したころ”,
   * “Who we were before”, “Twenty-two years of hedges”): background told as history.
   */
  headingHistory: RegExp
  /**
   * A heading that gives the reason or the origin of what follows (“Why I left teaching”, “How I
   * ended up in Fenwick”, “市役所に入りたかった理由”): writers put background or feelings under
   * it more often than events, so it is a feature of its own whose weight is fitted.
   */
  headingReason: RegExp
  /**
   * Words that make a short line of a paste a heading though they name no kind (`How it started`,
   * `Why I left`): the paste reader takes them as it takes a kind's words.
   */
  pasteHeadingWords?: RegExp
  /**
   * A heading that names a span of years (“Twelve years in accounts payable”, “副住職の七年”):
   * about half of such headings head background told as history, the rest events, feelings or
   * a closing look back, so its weight is fitted.
   */
  headingYears: RegExp
  /** Per-sentence body cues. */
  body: BodyCues
  /** Whether sentences of this language speak in the first person without saying so. */
  impliedFirstPerson: boolean
  /**
   * Whether a sentence that opens with a bare verb gives an instruction (“Ask early.”); Japanese
   * plain-form endings (〜する。) narrate as often as they instruct.
   */
  plainFormInstructs: boolean
  /** What joins two lines of one wrapped paragraph (`''` in Japanese, `' '` in English). */
  lineJoiner: string
  /** Longest heading, in characters, a plain-text line may be; and in words, where words count. */
  headingLength: {chars: number; words: number}
  /** Characters in a typical sentence: section lengths are measured in these. */
  sentenceLength: number
  /** Whether `start`–`end` of `text` falls on word boundaries (Japanese has no spaces). */
  onWordBoundaries(text: string, start: number, end: number): boolean
}

/** Body signals, tested per sentence. */
export interface BodyCues {
  /** Past-tense narration. */
  past: RegExp
  /** The author speaking of themself. */
  firstPerson: RegExp
  /**
   * Time anchors typical of narration (“that day”, “三月十日”, “〜ヶ月後”): days and moments.
   * Years and spans of years are `history`.
   */
  time: RegExp
  /**
   * Time told as history rather than as events: years and decades, long spans, childhood,
   * habits, how a thing began (“for twenty years”, “used to”, “子どもの頃”, “三十年近く”).
   * Background told in the past tense reads like this; experience is anchored in days.
   */
  history: RegExp
  /**
   * One event after another (“then”, “the next morning”, “その後”, “三日後”): experience tells
   * a succession of events; background told in the past describes how things were.
   */
  sequence: RegExp
  /**
   * Other people's words reported in the scene (“she said”, “と言われた”): experience tells what
   * happened between people; feelings stay inside the writer.
   */
  speech: RegExp
  /** Emotion words and inner-state verbs. */
  emotion: RegExp
  /** Inner life: thinking, wondering, not knowing (feelings told without emotion words). */
  inner: RegExp
  /** Advice and modal forms. */
  advice: RegExp
  /** A list item or line that reads as an instruction (“車は四輪駆動にする”, “Lower the bar”). */
  instruction: RegExp
  /** A sentence of prose that gives one piece of advice (“Ask for help early.”, “〜しましょう。”). */
  recommendation: RegExp
  /** Definitions, facts, figures. */
  definition: RegExp
  /** Closing words: hope, thanks, addressing the reader. */
  closing: RegExp
  /** Words that announce the post. */
  announce: RegExp
  /** Statements in the present tense (what a thing is, what usually happens). */
  present: RegExp
  /** People in general rather than the author (“many parents”, “多くの人”). */
  general: RegExp
  /** The reader addressed (“you”, “あなた”, “〜してください”). */
  secondPerson: RegExp
  /** What is still to come (“from now on”, “これから”). */
  future: RegExp
}

/**
 * The first match of `pattern` in `text` that `profile` accepts as whole words, or undefined.
 * `pattern` must be global-free; it is tried at each later position after a rejected match.
 */
export function matchWords(
  pattern: RegExp,
  text: string,
  profile: LanguageProfile,
): RegExpExecArray | undefined {
  const global = globalOf(pattern)
  global.lastIndex = 0
  for (let match = global.exec(text); match; match = global.exec(text)) {
    if (profile.onWordBoundaries(text, match.index, match.index + match[0].length)) return match
    global.lastIndex = match.index + 1
  }
  return undefined
}

const globals = new WeakMap<RegExp, RegExp>()

/** `pattern` with the `g` flag, made once per pattern. */
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern)
  if (!global) {
    global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    )
    globals.set(pattern, global)
  }
  return global
}

/** Apostrophes as writers type them: straight, typographic (’ ‘), modifier (ʼ), full-width (＇). */
const apostrophes = "'\u2018\u2019\u02bc\uff07"

/**
 * `pattern`, with every `'` in it matching any apostrophe: cues are written with `'`, essays
 * often are not (“What I’m trying”, “Don’t wait”).
 */
export function anyApostrophe(pattern: RegExp): RegExp {
  const {source} = pattern
  let result = ''
  let inClass = false
  for (let index = 0; index < source.length; index++) {
    const char = source[index] ?? ''
    if (char === '\\') {
      result += char + (source[index + 1] ?? '')
      index++
      continue
    }
    if (char === '[') inClass = true
    else if (char === ']') inClass = false
    result += char !== "'" ? char : inClass ? apostrophes : `[${apostrophes}]`
  }
  return new RegExp(result, pattern.flags)
}
