import {readCorpus} from '@tsuzuri/corpus'
import {type ItemPlace, parseEssay, type Section} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
import {matchKind} from '../src/lib/profiles/index.js'

/** Items as the parser writes them: words, the section they belong to, and where they are. */
function placed(section: Section, ...items: Array<[string, string, ItemPlace]>) {
  return items.map(([title, text, at]) => ({title, text, section: section.id, at}))
}

function kindOf(markdown: string, heading: string) {
  const find = (sections: Section[]): Section | undefined => {
    for (const section of sections) {
      if (section.heading === heading) return section
      const found = find(section.children)
      if (found) return found
    }
  }
  const section = find(parseEssay(markdown).sections)
  if (!section) throw new Error(`no section “${heading}”`)
  return section
}

describe('tagging: explicit tags', () => {
  it('should let an author tag a section with a comment before its heading', () => {
    const section = kindOf(
      '## 窓を開ける\n\n毎朝、窓を開けましょう。\n\n<!-- tsuzuri: conclusion -->\n## 窓を閉める\n\n外に出ました。',
      '窓を閉める',
    )
    expect(section).toMatchObject({
      kind: 'conclusion',
      confidence: 1,
      reasons: ['tagged by the author'],
    })
  })

  it('should let an author tag sections in frontmatter `kinds`, by heading or id', () => {
    const markdown =
      '---\nkinds:\n  A quiet room: feelings\n  the-list: strategies\n---\n\n## A quiet room\n\nText.\n\n## The list\n\nText.'
    expect(kindOf(markdown, 'A quiet room').kind).toBe('feelings')
    expect(kindOf(markdown, 'The list')).toMatchObject({kind: 'strategies', items: []})
  })

  it('should warn about an unknown kind and a misplaced tag, with their lines', () => {
    const result = parseEssay(
      '<!-- tsuzuri: tips -->\n## A\n\nText.\n\n<!-- tsuzuri: feelings -->\n\nMore text.',
    )
    expect(result.warnings).toEqual([
      expect.objectContaining({line: 1, message: expect.stringContaining('Unknown kind `tips`')}),
      expect.objectContaining({line: 6, message: expect.stringContaining('right after it')}),
    ])
  })
})

describe('tagging: asides', () => {
  it('should tag an author bio as an aside however the blog words it (書いた人, 書いている人)', () => {
    // A bio after the closing word, in the present tense like a closing: its heading tells it.
    for (const heading of ['この記事を書いた人', 'このブログを書いている人']) {
      const paste = [
        '孫とふたりの毎日',
        '娘が入院して、孫と暮らすことになりました。',
        '【最初の一週間】',
        '',
        '朝ごはんを作るだけで精一杯でした。',
        '孫は夜になると泣きました。',
        '【これから】',
        '',
        '私がいつまで元気でいられるかは、わかりません。',
        'それでも、毎朝孫を見送ります。',
        heading,
        '',
        '川村ふみ子。六十六歳、香川県在住。パートで道の駅のレジに立っています。',
      ].join('\n')
      const bio = parseEssay(paste, {format: 'text'}).sections.at(-1)
      expect(bio?.heading).toBe(heading)
      expect(bio?.kind).toBe('other')
    }
  })

  it('should tag what is inside an aside as an aside, not as the essay (a related post under 関連記事)', () => {
    const markdown = [
      '育休明けの話です。',
      '## 復帰の日',
      '四月に復帰した日、席が変わっていました。',
      '## できること',
      '- **上司と話す** 月に一度、面談をお願いしましょう。',
      '- **記録を残す** やった仕事を毎日メモしておきます。',
      '## 関連記事',
      '### 【時短】保育園のお迎えに間に合わせる三つのコツ',
      '時短勤務で働くあなたへ。',
    ].join('\n\n')
    const aside = parseEssay(markdown).sections.at(-1)
    expect(aside?.kind).toBe('other')
    const [related] = aside?.children ?? []
    expect(related?.kind).toBe('other')
    expect(related?.items).toBeUndefined()
    expect(related?.reasons).toEqual(['inside a section that is not the essay'])
  })
})

describe('tagging: heading cues', () => {
  const cases: Array<[string, string]> = [
    ['## 私の気持ち', 'feelings'],
    ['## 本音を言うと', 'feelings'],
    ['## 対策', 'strategies'],
    ['## 私なりの向き合い方', 'strategies'],
    ['## マミートラックとは？', 'background'],
    ['## おわりに', 'conclusion'],
    ['## How I felt', 'feelings'],
    ["## What I'm trying", 'strategies'],
    ['## Tips for the first month', 'strategies'],
    ['## What is the mommy track?', 'background'],
    ['## In closing', 'conclusion'],
  ]
  for (const [heading, kind] of cases) {
    it(`should tag a section with a “${heading.slice(3)}” heading as ${kind}`, () => {
      // A heading over one line that says little, between two neutral sections: the heading's
      // words must carry it.
      const japanese = /[ぁ-んァ-ン一-龯]/.test(heading)
      const between = (...headings: string[]) =>
        [
          japanese ? 'はじめに少しだけ書きます。' : 'Opening words.',
          ...headings.map(
            (line) =>
              `${line}\n\n${japanese ? (line === heading ? 'それについて書きます。' : 'そういう日でした。') : 'A neutral sentence here.'}`,
          ),
        ].join('\n\n')
      const neutral = japanese ? ['## ある日', '## その後'] : ['## Something', '## Something else']
      const middle = kindOf(between(neutral[0] ?? '', heading, neutral[1] ?? ''), heading.slice(3))
      // A definition after a section that says nothing is read in the light of it: with the model
      // fitted on 554 essays, `## Something` right after the opening is taken as an aside (0.23)
      // and the definition after it too, with a low confidence (0.36). Where definitions stand,
      // right after the opening, the heading carries it (below).
      if (kind !== 'background') expect(middle.kind).toBe(kind)
      // Confidence where such a heading stands in the corpus: a definition right after the
      // opening (after a story it is rare, and the sequence makes it a guess: measured 0.3 for
      // “What is the mommy track?” there with the model fitted on 426 essays, 0.99 here), the
      // others between two sections. Measured 0.71 (How I felt) to 1 with the model fitted on
      // 474 essays with the words, but 0.51 for the two Japanese feelings headings: their one
      // line, “それについて書きます。”, is worded as posts announce and advise, not as they feel.
      const section =
        kind === 'background'
          ? kindOf(between(heading, neutral[0] ?? '', neutral[1] ?? ''), heading.slice(3))
          : middle
      expect(section.kind).toBe(kind)
      expect(section.confidence).toBeGreaterThanOrEqual(kind === 'feelings' && japanese ? 0.5 : 0.7)
      expect(section.reasons).toContainEqual(expect.stringMatching(/^heading (mentions|says)/))
    })
  }
})

describe('tagging: experience headings', () => {
  // An episode is told by its narration more than by its heading: over a line that says
  // nothing, “体験談” or “What happened” is a weak cue (measured 0.2–0.5), so it is tested over
  // a few sentences of what happened, as such sections are written.
  const cases: Array<[string, string]> = [
    ['体験談', '四月に職場へ戻りました。席は窓際に移っていました。'],
    ['What happened', 'I went back in April. My desk had been moved to the window.'],
  ]
  for (const [heading, body] of cases) {
    it(`should tag a “${heading}” section that tells what happened as experience`, () => {
      const markdown = `Opening words.\n\n## ${heading}\n\n${body}\n\n## Later\n\nA neutral sentence here.`
      expect(kindOf(markdown, heading)).toMatchObject({
        kind: 'experience',
        reasons: expect.arrayContaining([expect.stringMatching(/^heading (mentions|says)/)]),
      })
    })
  }
})

describe('tagging: background told as history', () => {
  // A writer's own past before the story reads like a story; a heading that names a stretch of
  // it is one of the signals that it is background.
  const cases: Array<[string, string, string]> = [
    [
      'Twenty-two years of hedges',
      'For twenty-two years I cut hedges for the council. Every spring we started on the ring road, and every autumn we finished at the cemetery. I grew up two streets from the depot.',
      'Then, one Tuesday in March, my supervisor called me into the office. He told me the contract had gone to a private firm. I drove home and sat in the car for an hour.',
    ],
    [
      '入社したころの私',
      '二十年前、私は新卒で地元の信用金庫に入りました。毎朝七時に出社して、窓口の準備をするのが日課でした。子どもの頃から、数字を扱う仕事に憧れていました。',
      '去年の四月、支店長に呼ばれました。来月から本部の資料室に移ってほしいと言われました。その日は、帰りの電車で一度も顔を上げられませんでした。',
    ],
  ]
  for (const [heading, history, story] of cases) {
    it(`should tag “${heading}” before the story as background`, () => {
      const latin = /^[A-Za-z]/.test(heading)
      const markdown = latin
        ? `I want to write down this year.\n\n## ${heading}\n\n${history}\n\n## March\n\n${story}\n\n## Now\n\nI am still here.`
        : `今年のことを書いておきます。\n\n## ${heading}\n\n${history}\n\n## 四月\n\n${story}\n\n## いま\n\nまだここにいます。`
      expect(kindOf(markdown, heading)).toMatchObject({
        kind: 'background',
        reasons: expect.arrayContaining(['heading names a stretch of the past']),
      })
    })
  }
})

describe('tagging: history and events under headings that say nothing', () => {
  // Childhood, ages and long spans tell how things were; “then”, “the next morning”, “その後”
  // tell one event after another. Both sections are in the past tense, right after the intro.
  const cases: Array<[string, string, string, string]> = [
    [
      'Maggie and me',
      'Maggie and I met when we were eleven, in the queue for the school bus. For the next thirty years she was the first person I rang. At nineteen we shared a flat above a chip shop, and we always split the bills down the middle.',
      'The van',
      'She rang me about her van on a Thursday night. The next morning I sent her the money. Then her messages stopped. A week later I saw her photos from the tour.',
    ],
    [
      '港町の家',
      '私は小さな港町で、漁師の家に生まれました。小学生のころは、毎朝父の船を見送っていました。十八歳まで、海のそばを離れたことはありませんでした。',
      '去年の冬',
      '十二月の夜、母から電話がありました。その後、父が入院したと聞きました。翌朝の新幹線で実家に帰りました。三日後、父は手術を受けました。',
    ],
  ]
  for (const [history, historyText, story, storyText] of cases) {
    it(`should tag “${history}” as background and “${story}” after it as experience`, () => {
      const english = /^[A-Za-z]/.test(history)
      const markdown = english
        ? `I want to write this down.\n\n## ${history}\n\n${historyText}\n\n## ${story}\n\n${storyText}\n\n## Now\n\nI hope she is well.`
        : `書いておきたいことがあります。\n\n## ${history}\n\n${historyText}\n\n## ${story}\n\n${storyText}\n\n## いま\n\n父は元気です。`
      expect(kindOf(markdown, history).kind).toBe('background')
      expect(kindOf(markdown, story).kind).toBe('experience')
    })
  }
})

describe('tagging: body signals when headings say nothing', () => {
  it('should tag first-person past narrative as experience', () => {
    const section = kindOf(
      'Intro.\n\n## Tuesday\n\nI walked into the office at nine. My manager called me into a small room. She told me my accounts had been given to someone else. I went back to my desk and opened the spreadsheet she sent.\n\n## Later\n\nText.\n\n## End\n\nText.',
      'Tuesday',
    )
    expect(section.kind).toBe('experience')
    expect(section.reasons.join('; ')).toMatch(/told in the past tense \(most sentences\)/)
  })

  it('should tag emotion-dense text as feelings', () => {
    const section = kindOf(
      '前置き。\n\n## 電車の窓\n\n悔しかった。情けなくて、帰りの電車で涙が出た。置いていかれたような寂しさと、そう感じる自分への罪悪感が混ざっていた。\n\n## 次\n\n文。\n\n## 最後\n\n文。',
      '電車の窓',
    )
    expect(section.kind).toBe('feelings')
    expect(section.reasons.join('; ')).toMatch(/emotion words/)
  })

  it('should tag advice with a numbered list as strategies, with items', () => {
    const section = kindOf(
      'Intro.\n\n## Monday mornings\n\nHere is what you can try.\n\n1. **Ask in writing.** Then you have a record.\n2. **Keep a log.** Write down what you did each week.\n3. **Find allies.** Talk to people outside your team.\n\n## Then\n\nText.\n\n## End\n\nText.',
      'Monday mornings',
    )
    expect(section.kind).toBe('strategies')
    // The list is the second element of the section's HTML, after the paragraph.
    expect(section.items).toEqual(
      placed(
        section,
        ['Ask in writing', 'Then you have a record.', {block: 1, listItem: 0}],
        ['Keep a log', 'Write down what you did each week.', {block: 1, listItem: 1}],
        ['Find allies', 'Talk to people outside your team.', {block: 1, listItem: 2}],
      ),
    )
  })

  it('should take strategy items from numbered subsections, numbering stripped', () => {
    const section = kindOf(
      '## できること\n\n### ① 上司と話す\n\n面談を月に一度お願いしましょう。\n\n### (2) 記録を残す\n\nやった仕事をメモしておきます。\n\n### Step 3: 仲間をつくる\n\n社外の勉強会に行ってみる。',
      'できること',
    )
    expect(section.kind).toBe('strategies')
    expect(section.items?.map((item) => item.title)).toEqual([
      '上司と話す',
      '記録を残す',
      '仲間をつくる',
    ])
    expect(section.items?.[0]?.text).toBe('面談を月に一度お願いしましょう。')
    expect(section.items?.map((item) => item.at)).toEqual([
      {subsection: 0},
      {subsection: 1},
      {subsection: 2},
    ])
    expect(
      section.children.every((child) => child.kind === 'strategies' && Array.isArray(child.items)),
    ).toBe(true)
  })

  it('should tag definitions as background', () => {
    const section = kindOf(
      'Intro.\n\n## A word for it\n\nThe mommy track is a term for a career path with fewer promotions. According to one survey, many parents report it. It typically means routine work.\n\n## More\n\nText.\n\n## End\n\nText.',
      'A word for it',
    )
    expect(section.kind).toBe('background')
  })

  it('should prefer conclusion for a short hopeful last section', () => {
    const section = kindOf(
      'Intro.\n\n## One\n\nI went to work.\n\n## Two\n\nI came home.\n\n## A lamp left on\n\nIf you are reading this in the same place, you are not alone. I hope tomorrow is kinder.',
      'A lamp left on',
    )
    expect(section.kind).toBe('conclusion')
  })

  it('should give a low confidence when nothing points anywhere', () => {
    const section = kindOf(
      'Intro.\n\n## Table\n\nBlue. Green. Red.\n\n## Chair\n\nWood.\n\n## Lamp\n\nBrass.',
      'Chair',
    )
    // Below 0.75: in the band under 0.8 that the authoring guide calls a guess worth checking.
    // Measured 0.70 with the model fitted on 474 essays with the words and 0.71 on 506: after a
    // section taken for the closing word (here at 0.65), a short one is most often an aside in
    // the corpus, and the sequence lifts “other”. In Japanese the same three sections got 0.38
    // at most on 506, and 0.53 and 0.62 on 554.
    expect(section.confidence).toBeLessThan(0.75)
    const japanese = parseEssay(
      'はじめに。\n\n## 机\n\n青。緑。赤。\n\n## 椅子\n\n木。\n\n## 灯り\n\n真鍮。',
    )
    for (const one of japanese.sections.slice(1, 3)) expect(one.confidence).toBeLessThan(0.7)
  })

  it('should let a subsection share its parent kind, unless its own text says otherwise', () => {
    const markdown =
      '## 体験談\n\n復帰した日のことです。\n\n### 月曜日\n\n会議室に呼ばれました。\n\n### その夜\n\n悔しくて、悲しくて、涙が止まらなかった。不安と罪悪感でいっぱいだった。情けない気持ちだった。'
    expect(kindOf(markdown, '月曜日')).toMatchObject({
      kind: 'experience',
      reasons: expect.arrayContaining(['part of an experience section']),
    })
    // A subsection that only tells how it felt is feelings, inside an experience section too:
    // what the writers of the corpus's blind batches label it.
    expect(kindOf(markdown, 'その夜')).toMatchObject({
      kind: 'feelings',
      reasons: expect.arrayContaining(['emotion words (most sentences)']),
    })
  })

  it('should keep the numbered subsections of a strategies section strategies, whatever they narrate', () => {
    const markdown =
      'Intro.\n\n## What helped\n\n### 1. Ask in writing\n\nI asked my manager on Monday. She wrote back the same day.\n\n### 2. Keep a log\n\nI kept a notebook for a month. I wrote down every task.\n\n## In the end\n\nThank you for reading.'
    for (const heading of ['1. Ask in writing', '2. Keep a log']) {
      expect(kindOf(markdown, heading)).toMatchObject({
        kind: 'strategies',
        reasons: expect.arrayContaining(['part of a strategies section']),
      })
    }
  })
})

describe('tagging: hints in headings that do not name a kind', () => {
  it('should tag an author profile as other and close the essay before it', () => {
    const markdown =
      'Intro.\n\n## 月曜日\n\n会議室に呼ばれました。\n\n## 窓の外\n\nきっと大丈夫だと、今は信じています。あなたも一人じゃない。\n\n## プロフィール\n\n東京在住、二児の母。'
    expect(kindOf(markdown, 'プロフィール')).toMatchObject({
      kind: 'other',
      reasons: expect.arrayContaining(['heading mentions プロフィール', 'after the closing word']),
    })
    expect(kindOf(markdown, '窓の外').kind).toBe('conclusion')
  })

  it('should keep a strategy title short, moving the rest of a long first sentence to its text', () => {
    const section = kindOf(
      'Intro.\n\n## Tips\n\n- Switch to in-ear monitors, and set the mix to what you can actually hear today rather than what you remember.\n- Tell your band.',
      'Tips',
    )
    expect(section.items).toEqual(
      placed(
        section,
        [
          'Switch to in-ear monitors',
          'and set the mix to what you can actually hear today rather than what you remember.',
          {block: 0, listItem: 0},
        ],
        ['Tell your band', '', {block: 0, listItem: 1}],
      ),
    )
  })

  it('should take a list item’s whole first sentence as its title, colons and clauses included, up to a line', () => {
    const english = kindOf(
      'Intro.\n\n## What helped\n\n- Report it the same day, even if you think nothing will come of it. The form takes ten minutes.\n- Body doubling: working next to someone, even on a video call. It works.',
      'What helped',
    )
    expect((english.items ?? []).map((item) => [item.title, item.text])).toEqual([
      [
        'Report it the same day, even if you think nothing will come of it',
        'The form takes ten minutes.',
      ],
      ['Body doubling: working next to someone, even on a video call', 'It works.'],
    ])
    const japanese = kindOf(
      '冒頭。\n\n## 続けていること\n\n- 「向いている」と言われたことを、呪いではなく材料として考えることにした。資格について調べ始めました。\n- 記録を残す。\n- 朝の「今日は行くの？」をやめた：毎朝聞くことが、息子には試験になっていました。',
      '続けていること',
    )
    // A lead set off by a full-width colon is the title, as a bold lead would be; an English
    // colon stays in the title (above).
    expect((japanese.items ?? []).map((item) => [item.title, item.text])).toEqual([
      [
        '「向いている」と言われたことを、呪いではなく材料として考えることにした',
        '資格について調べ始めました。',
      ],
      ['記録を残す', ''],
      ['朝の「今日は行くの？」をやめた', '毎朝聞くことが、息子には試験になっていました。'],
    ])
  })
})

describe('tagging: the essay arc', () => {
  it('should lift the kind that takes the next step after the previous section', () => {
    const markdown =
      'Intro.\n\n## The meeting\n\nMy manager called me in on Monday. She told me my accounts had moved to a colleague.\n\n## The drive home\n\nI was angry and ashamed, and I cried at a red light.\n\n## End\n\nThanks for reading.'
    expect(kindOf(markdown, 'The meeting').reasons).toContain('follows the intro section')
    expect(kindOf(markdown, 'The drive home')).toMatchObject({
      kind: 'feelings',
      reasons: expect.arrayContaining(['follows the experience section']),
    })
  })
})

describe('tagging: essays whose headings name nothing', () => {
  it('should read love, hate and wishing as feelings even when told in the past tense', () => {
    const section = kindOf(
      'Intro.\n\n## A call\n\nThe clinic called on Monday. I drove there after work.\n\n## The quiet\n\nSome evenings the quiet was so heavy I could barely breathe. I loved her. I also wished it would all be over, and I hated myself for wishing it.\n\n## Advice\n\nAsk for help.\n\n## End\n\nThanks.',
      'The quiet',
    )
    expect(section.kind).toBe('feelings')
    expect(section.reasons.join('; ')).toMatch(/emotion words/)
  })

  it('should read an inner question (〜のか。) and 心細さ as feelings', () => {
    const section = kindOf(
      '前置き。\n\n## 三月\n\n三月に娘が生まれました。私は育休を取りました。\n\n## 午前三時\n\n夜中に急に心細くなることがありました。自分はちゃんと父親になれているのか。仕事に戻ったら、居場所はあるのか。\n\n## 次\n\n相談しましょう。\n\n## 最後\n\n文。',
      '午前三時',
    )
    expect(section.kind).toBe('feelings')
  })

  it('should take a short headed opening as the intro when there is no title line', () => {
    const essays = parseEssay(
      '## 転職して半年\n\n営業から経理に移って半年になります。\n\n## 最初の月\n\n最初の一か月は、毎日残業していました。年下の同僚に質問しました。\n\n## やってよかったこと\n\n- 毎朝、教科書を読む\n- その日のうちに聞く\n\n## 半年たって\n\n今は強みだと思えます。',
    )
    expect(essays.sections[0]).toMatchObject({
      kind: 'intro',
      reasons: expect.arrayContaining(['first section']),
    })
  })
})

describe('tagging: strategy items in any written shape', () => {
  it('should make each recommending sentence of prose advice an item', () => {
    const section = kindOf(
      'Intro.\n\n## Before\n\nI worked nights for six years. My mother moved in with us in March, and by May I was sleeping four hours a day.\n\n## Advice I wish I had had\n\nAsk for respite care before you need it. Don’t wait for a crisis to find out what your\nemployer offers. Most people never ask.\n\n## End\n\nShe is doing better now, and so am I. Thanks for reading.',
      'Advice I wish I had had',
    )
    expect(section.kind).toBe('strategies')
    // Both start in one paragraph: each is placed at the sentence it starts with.
    expect(section.items).toEqual(
      placed(
        section,
        ['Ask for respite care before you need it', '', {block: 0, sentence: 0}],
        [
          'Don’t wait for a crisis to find out what your employer offers',
          'Most people never ask.',
          {block: 0, sentence: 1},
        ],
      ),
    )
  })

  it('should make each paragraph that opens with advice an item, titled by its first sentence', () => {
    const section = kindOf(
      'Intro.\n\n## Borrowed daylight\n\nA few habits did most of the work.\n\nGuard the first four hours. Go to bed within an hour of getting home.\n\nEat one meal with your family. Pick the one that overlaps with your waking hours.\n\n## End\n\nThanks for reading.',
      'Borrowed daylight',
    )
    expect(section.items).toEqual(
      placed(
        section,
        ['Guard the first four hours', 'Go to bed within an hour of getting home.', {block: 1}],
        [
          'Eat one meal with your family',
          'Pick the one that overlaps with your waking hours.',
          {block: 2},
        ],
      ),
    )
  })

  it('should find Japanese advice in prose by its sentence endings', () => {
    const section = kindOf(
      '前置き。\n\n## 対策\n\n一人で抱え込まないでください。まずは窓口に相談してみてください。制度を教えてもらえます。職場には先に伝えておくと気持ちが楽になります。\n\n## おわりに\n\n読んでくださってありがとうございました。',
      '対策',
    )
    expect(section.items?.map((item) => item.title)).toEqual([
      '一人で抱え込まないでください',
      'まずは窓口に相談してみてください',
      '職場には先に伝えておくと気持ちが楽になります',
    ])
    expect(section.items?.[1]?.text).toBe('制度を教えてもらえます。')
  })

  it('should give no items for prose with a single piece of advice', () => {
    const section = kindOf('Intro.\n\n## Tips\n\nTry to rest. It was a long year.', 'Tips')
    expect(section.items).toEqual([])
  })

  it('should not take a bold lead that is only numbering as the title', () => {
    const section = kindOf(
      'Intro.\n\n## 対策\n\n1. **Step 1:** Ask in writing. Then you have a record.\n2. **Step 2:** Keep a log.',
      '対策',
    )
    expect(section.items).toEqual([
      {
        title: 'Ask in writing',
        text: 'Then you have a record.',
        section: section.id,
        at: {block: 0, listItem: 0},
      },
      {title: 'Keep a log', text: '', section: section.id, at: {block: 0, listItem: 1}},
    ])
  })

  it('should title a loose list item by its first paragraph only', () => {
    const section = kindOf(
      'Intro.\n\n## Tips\n\n1. Ask in writing\n\n   Then you have a record.\n\n2. Keep a log\n\n   Every Friday.',
      'Tips',
    )
    expect(section.items).toEqual(
      placed(
        section,
        ['Ask in writing', 'Then you have a record.', {block: 0, listItem: 0}],
        ['Keep a log', 'Every Friday.', {block: 0, listItem: 1}],
      ),
    )
  })
})

describe('tagging: explicit tags in plain text', () => {
  it('should apply a tag comment line in text copied without Markdown', () => {
    const essay = parseEssay(
      '育休明けの話\n\n少し前のことを書きます。\n\n<!-- tsuzuri: feelings -->\n体験談\n\nある日、電話がありました。私はすぐに病院へ向かいました。\n\n対策\n\n・相談しましょう\n・休みましょう\n',
      {format: 'text'},
    )
    const tagged = essay.sections.find((section) => section.heading === '体験談')
    expect(tagged).toMatchObject({kind: 'feelings', reasons: ['tagged by the author']})
    expect(essay.sections.map((section) => section.text).join('\n')).not.toContain('tsuzuri')
  })
})

describe('tagging: reasons in plain words', () => {
  it('should quote only content words as the wording behind a kind, never “the” or “まし”', () => {
    const quoted: string[] = []
    const walk = (sections: readonly Section[]) => {
      for (const section of sections) {
        for (const reason of section.reasons)
          for (const match of reason.matchAll(/“([^”]+)”/g))
            if (reason.startsWith('its wording')) quoted.push(match[1] as string)
        walk(section.children)
      }
    }
    for (const entry of readCorpus()) walk(parseEssay(entry.source).sections)
    expect(quoted.length).toBeGreaterThan(100)
    const functionWords = ['the', 'i', 'my', 'it', 'to', 'in', 'had', 'into', 'that', 'with']
    expect(quoted.filter((word) => functionWords.includes(word.toLowerCase()))).toEqual([])
    // Japanese inflections and particle-joined pieces (した, まし, 私の) are not words to quote.
    expect(quoted.filter((word) => /[ぁ-ん]/.test(word))).toEqual([])
  })

  it('should not read a school term (“The term it fell apart”) as naming a word to define', () => {
    // The definition family's `the term` names a word: quoted, after a colon, or ending the line.
    expect(matchKind('background', 'The term it fell apart')).toBeUndefined()
    expect(matchKind('background', 'The term that changed everything')).toBeUndefined()
    expect(matchKind('background', 'The term “burnout”')?.[0]).toBe('The term')
    expect(matchKind('background', 'The term: mommy track')?.[0]).toBe('The term')
    expect(matchKind('background', 'Where I first heard the term')?.[0]).toBe('the term')
  })
})
