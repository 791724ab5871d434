import {parseEssay, remarkEssay, type Section, toHtml} from '@tsuzuri/essay'
import remarkHtml from 'remark-html'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'

/** A section as an essay from elsewhere might hold it. */
function section(id: string, children: Section[] = []): Section {
  return {
    id,
    kind: 'other',
    confidence: 1,
    reasons: [],
    heading: id,
    depth: 2,
    text: '',
    html: '',
    position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}},
    children,
  }
}

describe('frontmatter keys that name prototypes (issue 9 §4)', () => {
  it('should not let `__proto__:` with a map replace the frontmatter’s prototype', () => {
    const essay = parseEssay('---\n__proto__:\n  title: Hidden\n  polluted: yes\n---\n\nText.')
    expect(Object.getPrototypeOf(essay.frontmatter)).toBe(Object.prototype)
    expect(essay.title).toBeNull()
    expect(JSON.stringify(essay.frontmatter)).toBe('{}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(essay.warnings).toEqual([
      {
        message: expect.stringContaining('Frontmatter key `__proto__` was dropped'),
        line: 2,
        ruleId: 'frontmatter-key',
      },
    ])
  })

  it('should drop `__proto__`, `constructor` and `prototype` anywhere, quoted or not, with a warning each', () => {
    const essay = parseEssay(
      '---\ntitle: T\nconstructor: x\n"prototype": [a]\nkinds:\n  __proto__: strategies\n  constructor: feelings\n  体験談: experience\n---\n\n## 体験談\n\nText.',
    )
    expect(essay.frontmatter).toEqual({title: 'T', kinds: {体験談: 'experience'}})
    const kinds = essay.frontmatter.kinds as object
    expect(Object.getPrototypeOf(kinds)).toBe(Object.prototype)
    expect(Object.hasOwn(kinds, 'constructor')).toBe(false)
    expect(essay.warnings.map((warning) => [warning.ruleId, warning.line])).toEqual([
      ['frontmatter-key', 3],
      ['frontmatter-key', 4],
      ['frontmatter-key', 6],
      ['frontmatter-key', 7],
    ])
    expect(essay.sections[0]?.kind).toBe('experience')
  })
})

describe('the attribution link (issue 9 §4)', () => {
  it('should keep an absolute http or https `url`', () => {
    for (const url of [
      'https://example.com/post',
      'HTTP://example.com',
      'https://例え.jp/記事?a=1#x',
    ]) {
      const essay = parseEssay(`---\nurl: ${url}\n---\n\nText.`)
      expect(essay.frontmatter.url).toBe(url)
      expect(essay.warnings).toEqual([])
    }
  })

  it('should drop a scheme-relative, relative or script `url` with a `frontmatter-url` warning', () => {
    for (const url of [
      '//evil.example/x',
      '/about',
      'evil.example',
      'https:evil.example',
      'https:\\\\evil.example',
      'javascript:alert(1)',
      'https://',
      'https://user@evil.example',
      '[https://a.example]',
      '42',
    ]) {
      const essay = parseEssay(`---\ntitle: T\nurl: ${url}\n---\n\nText.`)
      expect(essay.frontmatter, url).toEqual({title: 'T'})
      expect(essay.warnings, url).toEqual([
        {
          message: expect.stringContaining('must be an absolute `https://` or `http://` URL'),
          line: 3,
          ruleId: 'frontmatter-url',
        },
      ])
    }
  })

  it('should report those warnings with their own rule in a unified pipeline', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkEssay)
      .use(remarkHtml)
      .process('---\ntitle: T\nurl: //evil.example/x\n__proto__: x\n---\n\nText.')
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['frontmatter-key', 4],
      ['frontmatter-url', 3],
    ])
    expect(file.data.essay?.frontmatter).toEqual({title: 'T'})
  })
})

describe('toHtml on an essay from elsewhere (issue 9 §4)', () => {
  it('should throw a TypeError, not overflow the stack, for sections 20,000 levels deep', () => {
    let deep = section('leaf')
    for (let level = 0; level < 20_000; level++) deep = section(`s${level}`, [deep])
    const essay = {title: null, lang: 'en', frontmatter: {}, sections: [deep], warnings: []}
    expect(() => toHtml(essay)).toThrow(
      new TypeError(
        'Expected `essay.sections` to nest at most 64 levels deep, not more (below section `s19936`)',
      ),
    )
  })

  it('should throw a TypeError, not loop forever, for cyclic sections', () => {
    const loop = section('loop')
    loop.children.push(loop)
    const essay = {title: null, lang: 'en', frontmatter: {}, sections: [loop], warnings: []}
    expect(() => toHtml(essay)).toThrow(
      new TypeError(
        'Expected `essay.sections` to be a tree, not a structure where section `loop` appears twice (inside itself, or in two places)',
      ),
    )
  })

  it('should throw a TypeError for a section shared by two parents, which would render twice at every level', () => {
    let shared = section('x')
    for (let level = 0; level < 40; level++) shared = section(`l${level}`, [shared, shared])
    const essay = {title: null, lang: 'en', frontmatter: {}, sections: [shared], warnings: []}
    expect(() => toHtml(essay)).toThrow(/appears twice/)
  })

  it('should still render every essay parseEssay returns, at 64 levels', () => {
    let deep = section('leaf')
    for (let level = 0; level < 63; level++) deep = section(`s${level}`, [deep])
    const essay = {title: null, lang: 'en', frontmatter: {}, sections: [deep], warnings: []}
    expect(toHtml(essay).match(/<section /g)).toHaveLength(64)
    expect(
      toHtml(parseEssay('# T\n\n## A\n\n### B\n\n#### C\n\n##### D\n\n###### E\n\nx')),
    ).toContain('<section id="e" data-kind=')
  })
})
