import {EssayError, parseEssay} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'

const essay = `---
title: Back to a smaller desk
author: Mina
tags: [work, leave]
---

# Back to a smaller desk

I came back in April. This is what I learned.

## The first week

On Monday my manager handed me a spreadsheet.

### Tuesday

I sat near the printer.

## 私の気持ち

悔しかった。

## In closing

Thank you for reading.
`

describe('parseEssay: structure', () => {
  it('should take the title from frontmatter or the first H1, not make it a section', () => {
    const result = parseEssay(essay)
    expect(result.title).toBe('Back to a smaller desk')
    expect(result.sections.map((section) => section.heading)).toEqual([
      null,
      'The first week',
      '私の気持ち',
      'In closing',
    ])
    expect(parseEssay('# Only a title\n\nText.').title).toBe('Only a title')
    expect(parseEssay('Text only.').title).toBeNull()
  })

  it('should keep an H1 that differs from the frontmatter title as a section, so no words are lost', () => {
    const result = parseEssay('---\ntitle: A\n---\n\n# B\n\nText.')
    expect(result.title).toBe('A')
    expect(result.sections[0]?.heading).toBe('B')
  })

  it('should parse the frontmatter', () => {
    expect(parseEssay(essay).frontmatter).toEqual({
      title: 'Back to a smaller desk',
      author: 'Mina',
      tags: ['work', 'leave'],
    })
  })

  it('should make content before the first heading an untitled intro section', () => {
    const [intro] = parseEssay(essay).sections
    expect(intro).toMatchObject({kind: 'intro', heading: null, depth: 0, id: 'intro'})
    expect(intro?.text).toBe('I came back in April. This is what I learned.')
  })

  it('should nest subsections under their parent heading', () => {
    const first = parseEssay(essay).sections[1]
    expect(first?.children.map((child) => [child.heading, child.depth])).toEqual([['Tuesday', 3]])
    expect(first?.text).toBe('On Monday my manager handed me a spreadsheet.')
  })

  it('should give positions that point into the input, frontmatter included', () => {
    const lines = essay.split('\n')
    const [, first, , closing] = parseEssay(essay).sections
    expect(lines[(first?.position.start.line ?? 0) - 1]).toBe('## The first week')
    expect(lines[(first?.position.end.line ?? 0) - 1]).toBe('I sat near the printer.')
    expect(lines[(closing?.position.end.line ?? 0) - 1]).toBe('Thank you for reading.')
  })

  it('should give unique, URL-fragment-safe ids, keeping Japanese words', () => {
    const result = parseEssay(
      '## 私の気持ち\n\nA.\n\n## 私の気持ち\n\nB.\n\n## What I’m trying!\n\nC.\n\n## ★☆\n\nD.',
    )
    const ids = result.sections.map((section) => section.id)
    expect(ids).toEqual(['私の気持ち', '私の気持ち-1', 'what-i-m-trying', 'section'])
    for (const id of ids) expect(id).toMatch(/^[\p{L}\p{N}_-]+$/u)
  })

  it('should never cut a long heading’s id inside a character', () => {
    const [section] = parseEssay(`## ${'あ'.repeat(63)}𠮷と続き\n\nText.`).sections
    expect([...(section?.id ?? '')]).toHaveLength(64)
    expect(section?.id.endsWith('𠮷')).toBe(true)
    expect(() => encodeURIComponent(section?.id ?? '')).not.toThrow()
  })

  it('should read `#` followed by a full-width space as a heading', () => {
    const essay = parseEssay('#　復帰の日\n\n戻りました。\n\n##　体験談\n\n四月に戻った。')
    expect(essay.title).toBe('復帰の日')
    expect(essay.sections.map((section) => section.heading)).toEqual([null, '体験談'])
    expect(essay.sections[1]?.position.start).toEqual({line: 5, column: 1})
  })

  it('should warn, with the line, about a heading written without a space after `#`', () => {
    const essay = parseEssay(
      '# 題\n\n本文。\n\n##対策\n\n相談しましょう。\n\n#育休\n\n#育休 #復職\n\n```\n##code\n```',
    )
    expect(essay.warnings).toEqual([
      {
        message: expect.stringContaining('`##対策` is not a heading'),
        line: 5,
        ruleId: 'missing-heading-space',
      },
    ])
  })

  it('should read a heading typed with a full-width space after `#` as a heading, where it was typed', () => {
    const input = '# 題\n\n本文。\n##　対策\n相談しましょう。\n\n```\n##　code\n```\n'
    const essay = parseEssay(input)
    expect(essay.sections.map((section) => section.heading)).toEqual([null, '対策'])
    expect(essay.sections[1]?.position.start).toEqual({line: 4, column: 1})
    expect(essay.sections[1]?.html).toContain('<pre><code>##　code')
    expect(essay.warnings).toEqual([])
  })

  it('should read `---`, a line of prose, `---` as a rule and a heading, not frontmatter', () => {
    const essay = parseEssay('---\nSome intro text here.\n---\n\nBody.')
    expect(essay.frontmatter).toEqual({})
    expect(essay.sections.map((section) => section.heading)).toEqual([
      null,
      'Some intro text here.',
    ])
  })

  it('should prefix ids with `idPrefix`', () => {
    const result = parseEssay('Intro.\n\n## A\n\nText.', {idPrefix: 'post1-'})
    expect(result.sections.map((section) => section.id)).toEqual(['post1-intro', 'post1-a'])
  })

  it('should detect the language, or take it from frontmatter or options', () => {
    expect(parseEssay('育休から戻って、仕事が変わりました。').lang).toBe('ja')
    expect(parseEssay('I came back from leave.').lang).toBe('en')
    expect(parseEssay('---\nlang: ja-JP\n---\nHello.').lang).toBe('ja-JP')
    expect(parseEssay('Hello.', {lang: 'en-GB'}).lang).toBe('en-GB')
  })

  it('should handle CRLF, a BOM, full-width spaces and emoji', () => {
    const result = parseEssay(
      '\uFEFF## 体験談\r\n\r\n復帰しました　😊\r\n\r\n## まとめ\r\n\r\nありがとう。\r\n',
    )
    expect(result.sections.map((section) => section.heading)).toEqual(['体験談', 'まとめ'])
    expect(result.sections[0]?.text).toBe('復帰しました　😊')
    expect(result.sections[1]?.position.start.line).toBe(5)
  })

  it('should leave times and colons in prose alone', () => {
    const result = parseEssay('## 朝\n\n10:30に出社。ポイント:早めに帰ること。')
    expect(result.sections[0]?.text).toBe('10:30に出社。ポイント:早めに帰ること。')
  })

  it('should throw an EssayError with the line for malformed frontmatter', () => {
    const error = (() => {
      try {
        parseEssay('---\ntitle: ok\nthis line has no colon\n---\nText.')
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(EssayError)
    expect(error).toMatchObject({line: 3, reason: 'frontmatter'})
    expect((error as Error).message).toBe('Malformed frontmatter on line 3: expected `key: value`')
    expect(() => parseEssay('---\ntitle: never closed\n\nText.')).toThrow(
      'Frontmatter opened with `---` on line 1 is never closed',
    )
    expect(() => parseEssay('---\ntitle: "open\n---\n')).toThrow(
      'line 2: unterminated double-quoted string',
    )
  })

  it('should read block scalars (`|`, `>`, with `-` or `+`) as the yaml library does', () => {
    const bodies = [
      '  line one\n  line two\n\n  after a blank line',
      '  one\n\n\n  two\n',
      '  育休から戻って、\n  席が変わった。\n\n',
      '    deeper first\n    second',
      '',
    ]
    for (const indicator of ['|', '>', '|-', '>-', '|+', '>+']) {
      for (const body of bodies) {
        const yaml = `summary: ${indicator}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}title: x`
        const {frontmatter} = parseEssay(`---\n${yaml}\n---\n\nText.\n`)
        expect(frontmatter, yaml).toEqual(parseYaml(yaml))
      }
    }
    expect(() => parseEssay('---\nsummary: |\n    four\n  two\n---\n')).toThrow(
      'line 4: a block scalar’s lines must be indented at least as its first line',
    )
  })

  it('should read the frontmatter subset authors write', () => {
    const result = parseEssay(
      '---\ntitle: "Quoted: with colon"\ncount: 3\ndraft: false\nempty:\ntags:\n  - one\n  - "two, three"\nkinds:\n  The day: experience\n---\n',
    )
    expect(result.frontmatter).toEqual({
      title: 'Quoted: with colon',
      count: 3,
      draft: false,
      empty: null,
      tags: ['one', 'two, three'],
      kinds: {'The day': 'experience'},
    })
  })
})

describe('parseEssay: headings written without #', () => {
  it('should read a short bold line or a 【bracket】 line before text as a heading', () => {
    const result = parseEssay(
      'はじめに書きます。\n\n**体験談**\n\n復帰した日、席がなかった。\n\n【私の気持ち】\n\n悔しかった。\n\n**これは強調です。**\n\n文章。\n\n## おわりに\n\n読んでくださってありがとうございました。',
    )
    expect(result.sections.map((section) => [section.heading, section.kind])).toEqual([
      [null, 'intro'],
      ['体験談', 'experience'],
      ['【私の気持ち】', 'feelings'],
      ['おわりに', 'conclusion'],
    ])
    // A bold sentence with its period is emphasis, not a heading: it stays in the text.
    expect(result.sections[2]?.text).toContain('これは強調です。')
  })

  it('should nest a bold line under the current heading', () => {
    const result = parseEssay('## 対策\n\n**①上司と話す**\n\n月に一度。\n\n**②記録する**\n\n毎日。')
    expect(result.sections[0]?.children.map((child) => [child.heading, child.depth])).toEqual([
      ['①上司と話す', 3],
      ['②記録する', 3],
    ])
    expect(result.sections[0]?.items?.map((item) => item.title)).toEqual(['上司と話す', '記録する'])
  })

  it('should take a bold line as long as a heading in its language (English up to 80 characters and 12 words)', () => {
    const markdown = [
      '### What actually helped',
      '**Keep a dated symptom log**',
      'Every day, one line.',
      "**Say where you've been, not just how you feel**",
      'The hike in June mattered more than the tiredness.',
      '**Ask directly whether a test has been done**',
      'Nobody had, in eighteen months.',
      '**This bold line runs on far too long to be any heading, as it is a whole sentence without a stop at the end of it**',
      'Text.',
    ].join('\n\n')
    const [helped] = parseEssay(markdown).sections
    expect(helped?.children.map((child) => child.heading)).toEqual([
      'Keep a dated symptom log',
      "Say where you've been, not just how you feel",
      'Ask directly whether a test has been done',
    ])
    // A Japanese bold line is a heading up to 40 characters, as before.
    const japanese = `## 対策\n\n**${'あ'.repeat(41)}**\n\n本文。`
    expect(parseEssay(japanese).sections[0]?.children).toEqual([])
  })
})
