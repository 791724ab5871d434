import type {Kind} from '@tsuzuri/essay'

/** Every kind with what it means, in the order essays usually present them. */
export const kindInfo: ReadonlyArray<{kind: Kind; en: string; ja: string}> = [
  {kind: 'intro', en: 'The opening, before or under the first heading.', ja: '書き出し。'},
  {kind: 'background', en: 'Definitions and context.', ja: '用語の説明や背景。'},
  {kind: 'experience', en: 'What happened to the author.', ja: '体験談。'},
  {kind: 'feelings', en: 'How it felt.', ja: 'そのときの気持ち。'},
  {kind: 'strategies', en: 'What to do about it, item by item.', ja: '対策・工夫。'},
  {kind: 'conclusion', en: 'The closing word.', ja: 'まとめ。'},
  {kind: 'other', en: 'None of the above, or too weak a signal to say.', ja: 'その他。'},
]
