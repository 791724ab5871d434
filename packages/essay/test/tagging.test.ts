import {parseEssay, type Section} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'

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

describe('tagging: heading cues', () => {
  const cases: Array<[string, string]> = [
    ['## 体験談', 'experience'],
    ['## 私の気持ち', 'feelings'],
    ['## 本音を言うと', 'feelings'],
    ['## 対策', 'strategies'],
    ['## 私なりの向き合い方', 'strategies'],
    ['## マミートラックとは？', 'background'],
    ['## おわりに', 'conclusion'],
    ['## What happened', 'experience'],
    ['## How I felt', 'feelings'],
    ["## What I'm trying", 'strategies'],
    ['## Tips for the first month', 'strategies'],
    ['## What is the mommy track?', 'background'],
    ['## In closing', 'conclusion'],
  ]
  for (const [heading, kind] of cases) {
    it(`should tag a section with a “${heading.slice(3)}” heading as ${kind}`, () => {
      const markdown = `Opening words.\n\n## Something\n\nA neutral sentence here.\n\n${heading}\n\nA neutral sentence here.\n\n## Something else\n\nA neutral sentence here.`
      const section = kindOf(markdown, heading.slice(3))
      expect(section.kind).toBe(kind)
      expect(section.confidence).toBeGreaterThanOrEqual(0.7)
      expect(section.reasons[0]).toMatch(/^heading (mentions|says)/)
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
    expect(section.reasons).toContain('past-tense first-person narrative')
  })

  it('should tag emotion-dense text as feelings', () => {
    const section = kindOf(
      '前置き。\n\n## 電車の窓\n\n悔しかった。情けなくて、帰りの電車で涙が出た。置いていかれたような寂しさと、そう感じる自分への罪悪感が混ざっていた。\n\n## 次\n\n文。\n\n## 最後\n\n文。',
      '電車の窓',
    )
    expect(section.kind).toBe('feelings')
    expect(section.reasons).toContain('emotion words')
  })

  it('should tag advice with a numbered list as strategies, with items', () => {
    const section = kindOf(
      'Intro.\n\n## Monday mornings\n\nHere is what you can try.\n\n1. **Ask in writing.** Then you have a record.\n2. **Keep a log.** Write down what you did each week.\n3. **Find allies.** Talk to people outside your team.\n\n## Then\n\nText.\n\n## End\n\nText.',
      'Monday mornings',
    )
    expect(section.kind).toBe('strategies')
    expect(section.items).toEqual([
      {title: 'Ask in writing', text: 'Then you have a record.'},
      {title: 'Keep a log', text: 'Write down what you did each week.'},
      {title: 'Find allies', text: 'Talk to people outside your team.'},
    ])
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

  it('should say other, with low confidence, when nothing points anywhere', () => {
    const section = kindOf(
      'Intro.\n\n## Table\n\nBlue. Green. Red.\n\n## Chair\n\nWood.\n\n## Lamp\n\nBrass.',
      'Chair',
    )
    expect(section.kind).toBe('other')
    expect(section.confidence).toBeLessThan(0.4)
    expect(section.reasons[0]).toBe('no strong signal for any kind')
  })

  it('should let a subsection share its parent kind unless its own signals are strong', () => {
    const markdown =
      '## 体験談\n\n復帰した日のことです。\n\n### 月曜日\n\n会議室に呼ばれました。\n\n### その夜\n\n悔しくて、悲しくて、涙が止まらなかった。不安と罪悪感でいっぱいだった。情けない気持ちだった。'
    expect(kindOf(markdown, '月曜日')).toMatchObject({
      kind: 'experience',
      reasons: expect.arrayContaining(['part of an experience section']),
    })
    expect(kindOf(markdown, 'その夜').kind).toBe('feelings')
  })
})

describe('tagging: hints in headings that do not name a kind', () => {
  it('should lean to feelings for a heading that names a feeling or asks a question', () => {
    const markdown =
      'Intro.\n\n## Imposter at my own desk\n\nA word I keep hearing.\n\n## Why me?\n\nA question with no answer yet.\n\n## Later\n\nText.\n\n## End\n\nThanks for reading.'
    expect(kindOf(markdown, 'Imposter at my own desk').reasons).toContain(
      'heading names a feeling (Imposter)',
    )
    expect(kindOf(markdown, 'Why me?').reasons).toContain('heading asks a question')
  })

  it('should tag an author profile as other and close the essay before it', () => {
    const markdown =
      'Intro.\n\n## 月曜日\n\n会議室に呼ばれました。\n\n## 窓の外\n\nきっと大丈夫だと、今は信じています。あなたも一人じゃない。\n\n## プロフィール\n\n東京在住、二児の母。'
    expect(kindOf(markdown, 'プロフィール').kind).toBe('other')
    expect(kindOf(markdown, '窓の外')).toMatchObject({
      kind: 'conclusion',
      reasons: expect.arrayContaining(['last section of the essay']),
    })
  })

  it('should keep a strategy title short, moving the rest of a long first sentence to its text', () => {
    const section = kindOf(
      'Intro.\n\n## Tips\n\n- Switch to in-ear monitors, and set the mix to what you can actually hear today rather than what you remember.\n- Tell your band.',
      'Tips',
    )
    expect(section.items).toEqual([
      {
        title: 'Switch to in-ear monitors',
        text: 'and set the mix to what you can actually hear today rather than what you remember.',
      },
      {title: 'Tell your band', text: ''},
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
