import {numbering} from './cues.js'
import {kinds} from './kinds.js'
import {
  add,
  bodyEvidence,
  type Evidence,
  emptyEvidence,
  headingEvidence,
  type Structure,
} from './signals.js'
import type {Kind} from './types.js'

/** What the tagger knows about a section besides its words. */
export interface SectionContext {
  heading: string | null
  /** Body text used for signals (own text plus subsections' text). */
  text: string
  structure: Structure
  japanese: boolean
  /** 0-based index among top-level sections; `undefined` for subsections. */
  index: number | undefined
  /** Number of top-level sections. */
  count: number
  /** Index of the section that would close the essay (the last one before trailing asides). */
  closingIndex: number
  /** Whether an untitled opening section precedes the first titled one. */
  hasOpening: boolean
  /** Kind of the previous top-level section. */
  previous?: Kind | undefined
  /** The parent's decision, for subsections. */
  parent: Decision | undefined
}

export interface Decision {
  kind: Kind
  confidence: number
  reasons: string[]
}

/** Below this, no kind is believable: the section is `other`. */
const minimumScore = 0.75

/**
 * Tag one section. Signals add up per kind: heading words (strong), body sentences (shares of
 * narration, emotion, advice, definitions, closing words), shape (numbered items) and position
 * (first, last). Confidence grows with the winning score and with its margin over the runner-up,
 * so a section that could be two things never gets a confident guess.
 */
export function classify(context: SectionContext): Decision {
  const evidence = emptyEvidence()
  const namedKinds =
    context.heading === null ? 0 : headingEvidence(context.heading, context.japanese, evidence)
  const named = namedKinds > 0
  bodyEvidence(context.text, context.japanese, context.structure, evidence)
  if (context.parent === undefined) addPosition(context, evidence)

  const ranked = rank(evidence)
  const best = ranked[0]
  const runnerUp = ranked[1]
  const bestScore = best ? evidence[best].score : 0
  const margin = bestScore - (runnerUp ? evidence[runnerUp].score : 0)

  // A heading that names two kinds (“Background: why I left”) is ambiguous, however the body reads.
  const namesSeveral = namedKinds > 1

  if (context.parent) {
    // Numbered subsections of a strategies section are its items, whatever each one narrates.
    const isItem =
      context.parent.kind === 'strategies' &&
      context.heading !== null &&
      numbering.test(context.heading)
    const own = !isItem && best && bestScore >= 1 && margin >= 0.4 && best !== context.parent.kind
    const namedOtherwise = !isItem && named && best !== context.parent.kind && margin > 0
    if (!(own || namedOtherwise)) {
      return {
        kind: context.parent.kind,
        confidence: round(context.parent.confidence * 0.9),
        reasons: [
          `part of ${withArticle(context.parent.kind)} section`,
          ...topReasons(evidence, context.parent.kind),
        ],
      }
    }
  }

  if (!best || bestScore < minimumScore) {
    return {
      kind: 'other',
      confidence: round(0.15 + 0.15 * Math.min(bestScore, 1)),
      reasons: [
        'no strong signal for any kind',
        ...(best ? evidence[best].reasons.slice(0, 1) : []),
      ],
    }
  }

  // A heading alone reaches ~0.8; agreement from the body and a clear margin push it higher.
  const confidence = Math.min(
    namesSeveral ? 0.7 : 0.97,
    0.3 + 0.12 * Math.min(bestScore, 4.5) + 0.1 * Math.min(margin, 2),
  )
  return {kind: best, confidence: round(confidence), reasons: evidence[best].reasons.slice(0, 4)}
}

/** Where each kind usually stands in an essay's arc. */
const arc: Partial<Record<Kind, number>> = {
  intro: 0,
  background: 1,
  experience: 2,
  feelings: 3,
  strategies: 4,
  conclusion: 5,
}

/** The next step of the arc after each kind (a definition is optional after the opening). */
const nextSteps: Partial<Record<Kind, readonly Kind[]>> = {
  intro: ['background', 'experience'],
  background: ['experience'],
  experience: ['feelings'],
  feelings: ['strategies'],
  strategies: ['conclusion'],
}

/**
 * Essays move forward: what happened, then how it felt, then what to do, then a closing word.
 * A kind that takes the next step after the previous section gets a small lift; one that goes
 * back (advice, then a definition) a small drop. Small enough that only close calls change.
 */
function addArc(previous: Kind | undefined, evidence: Evidence) {
  if (previous === undefined || arc[previous] === undefined) return
  const from = arc[previous]
  for (const [kind, to] of Object.entries(arc) as Array<[Kind, number]>) {
    if (evidence[kind].score <= 0) continue
    if (nextSteps[previous]?.includes(kind))
      add(evidence, kind, 0.3, `follows the ${previous} section`)
    // Narration and feelings alternate freely; other steps back are rare.
    else if (to < from && !(kind === 'experience' && previous === 'feelings'))
      evidence[kind].score -= 0.3
  }
}

function addPosition(context: SectionContext, evidence: Evidence) {
  const {index, count} = context
  if (index === undefined) return
  addArc(context.previous, evidence)
  const titledIndex = context.hasOpening ? index - 1 : index
  if (count > 2 && index === context.closingIndex) {
    add(evidence, 'conclusion', 1.1, 'last section of the essay')
    // Closing sections are short; a long last section is more likely the essay's body.
    if (context.text.length < (context.japanese ? 400 : 900)) {
      add(evidence, 'conclusion', 0.3, 'short closing section')
    }
  } else if (titledIndex === 0 && !context.hasOpening && count > 2) {
    add(evidence, 'intro', 0.5, 'first section of the essay')
    // An essay without a title line often opens with a short headed paragraph that sets it up.
    if (context.text.length < (context.japanese ? 200 : 450)) {
      add(evidence, 'intro', 0.4, 'short opening section')
    }
  } else if (titledIndex >= 0 && titledIndex < Math.max(1, Math.floor(count / 2))) {
    add(evidence, 'experience', 0.15, 'early in the essay')
  }
}

function rank(evidence: Evidence): Kind[] {
  return kinds
    .filter((kind) => evidence[kind].score > 0)
    .sort((a, b) => evidence[b].score - evidence[a].score)
}

function topReasons(evidence: Evidence, kind: Kind) {
  return evidence[kind].reasons.slice(0, 2)
}

function withArticle(kind: Kind) {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`
}

function round(value: number) {
  return Math.round(value * 100) / 100
}
