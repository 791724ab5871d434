import type {Kind} from '@tsuzuri/essay'
import {loadKinds} from './parser.js'

/** A kind of section and what it means, for the home page. */
export interface KindInfo {
  kind: Kind
  en: string
  ja: string
}

/** What each kind means. The kinds themselves, and their order, are the parser's. */
const meanings: Readonly<Record<Kind, {en: string; ja: string}>> = {
  intro: {en: 'The opening, before or under the first heading.', ja: '書き出し。'},
  background: {en: 'Definitions and context.', ja: '用語の説明や背景。'},
  experience: {en: 'What happened to the author.', ja: '体験談。'},
  feelings: {en: 'How it felt.', ja: 'そのときの気持ち。'},
  strategies: {en: 'What to do about it, item by item.', ja: '対策・工夫。'},
  conclusion: {en: 'The closing word.', ja: 'まとめ。'},
  other: {
    en: 'Not the essay itself: related posts, the author’s bio, notices.',
    ja: 'その他（関連記事・プロフィールなど）。',
  },
}

/**
 * Every kind with what it means, in the order essays usually present them: `kinds` from
 * `@tsuzuri/essay/kinds`.
 */
export async function loadKindInfo(): Promise<KindInfo[]> {
  const {kinds} = await loadKinds()
  return kinds.map((kind) => ({kind, ...meanings[kind]}))
}
