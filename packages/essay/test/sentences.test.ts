import {describe, expect, it} from 'vitest'
import {parseEssay} from '../src/index.js'
import {firstSentence, maxSentence, splitSentences} from '../src/lib/sentences.js'

/** One sentence splitter for the tagger's features and for strategy items, in both languages. */
describe('splitSentences', () => {
  it('ends Japanese sentences at 。！？ and English ones at . ! ? before a space', () => {
    expect(splitSentences('朝が来た。眠れない！どうする？')).toEqual([
      '朝が来た。',
      '眠れない！',
      'どうする？',
    ])
    expect(splitSentences('I asked. She said no! Why? It cost 1.5 million.')).toEqual([
      'I asked.',
      'She said no!',
      'Why?',
      'It cost 1.5 million.',
    ])
  })

  it('does not end a sentence at a mark inside quotes or brackets', () => {
    expect(splitSentences('毎朝「今日はどうする？」と聞く。それが合図だった。')).toEqual([
      '毎朝「今日はどうする？」と聞く。',
      'それが合図だった。',
    ])
    expect(splitSentences('“Why me?” she asked. (Was it? Maybe.) Then we left.')).toEqual([
      '“Why me?” she asked.',
      '(Was it? Maybe.) Then we left.',
    ])
  })

  it('ends a sentence at a line break, so an unclosed bracket cannot swallow the next line', () => {
    expect(splitSentences('（メモ：あとで書く\n次の日、電話が鳴った。')).toEqual([
      '（メモ：あとで書く',
      '次の日、電話が鳴った。',
    ])
  })

  it('cuts a run without any end into pieces a cue can be tested on in linear time', () => {
    const pieces = splitSentences('あ'.repeat(maxSentence * 2 + 10))
    expect(pieces.map((piece) => piece.length)).toEqual([maxSentence, maxSentence, 10])
  })
})

describe('firstSentence', () => {
  it('returns the first sentence and the rest, reading a line break as a space', () => {
    expect(firstSentence('Ask early.\nThen wait for\nthe answer.')).toEqual({
      sentence: 'Ask early.',
      rest: 'Then wait for\nthe answer.',
    })
  })

  it('keeps the whole text when no sentence ends within the limit', () => {
    expect(firstSentence('a long instruction. More', 5)).toEqual({
      sentence: 'a long instruction. More',
      rest: '',
    })
  })
})

describe('strategy items', () => {
  it('title an item by its first sentence, a quoted question included', () => {
    const {sections} = parseEssay(
      [
        '# 朝の支度',
        '',
        '## 続けている工夫',
        '',
        '- 毎朝「今日はどうする？」と子どもに聞く。決めるのは子ども。',
        '- 前の晩に服を選んでおく。迷う時間がなくなった。',
      ].join('\n'),
    )
    const strategies = sections.find((section) => section.kind === 'strategies')
    expect(strategies?.items?.map((item) => item.title)).toEqual([
      '毎朝「今日はどうする？」と子どもに聞く',
      '前の晩に服を選んでおく',
    ])
  })
})
