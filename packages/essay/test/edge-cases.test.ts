import {parseEssay, remarkEssay, sanitizeSchema, toHtml} from '@tsuzuri/essay'
import remarkHtml from 'remark-html'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'

describe('edge cases authors run into', () => {
  it('should keep a footnote as the text the author wrote, not a link', () => {
    const [section] = parseEssay('I went back.[^1]\n\n[^1]: In April.').sections
    expect(section?.html).toBe('<p>I went back.[^1]</p>\n<p>[^1]: In April.</p>')
  })

  it('should accept link protocols in any case', () => {
    const [section] = parseEssay('[post](HTTPS://example.com/a)').sections
    expect(section?.html).toBe('<p><a href="HTTPS://example.com/a">post</a></p>')
  })

  it('should read a quoted frontmatter key that contains a colon', () => {
    const essay = parseEssay(
      '---\nkinds:\n  "Step 1: Ask": strategies\n---\n\n## Step 1: Ask\n\nText.',
    )
    expect(essay.sections[0]?.kind).toBe('strategies')
  })

  it('should read an essay that opens with a thematic break as Markdown', () => {
    const essay = parseEssay('---\n\nFirst paragraph.\n\n## Then\n\nMore.')
    expect(essay.frontmatter).toEqual({})
    expect(essay.sections.map((section) => section.heading)).toEqual([null, 'Then'])
  })

  it('should accept the tag comment in any case, and warn when it stands before the title', () => {
    const essay = parseEssay(
      '<!-- Tsuzuri: feelings -->\n# Title\n\n<!-- TSUZURI: Strategies -->\n## A room\n\nText.',
    )
    expect(essay.sections[0]?.kind).toBe('strategies')
    expect(essay.warnings).toEqual([
      expect.objectContaining({
        line: 1,
        message: expect.stringContaining('before the title tags nothing'),
      }),
    ])
  })

  it('should match frontmatter `kinds` by id with or without idPrefix, and warn about keys that match nothing', () => {
    const essay = parseEssay(
      '---\nkinds:\n  the-list: strategies\n  the-lsit: feelings\n---\n\n## The list\n\nText.',
      {idPrefix: 'post-'},
    )
    expect(essay.sections[0]).toMatchObject({id: 'post-the-list', kind: 'strategies'})
    expect(essay.warnings).toEqual([
      expect.objectContaining({message: expect.stringContaining('“the-lsit”')}),
    ])
  })

  it('should not let links in a Japanese essay flip its language', () => {
    const essay = parseEssay(
      '## 気持ち\n\n悔しかった。[Mommy track explained](https://example.com/what-is-the-mommy-track-and-why)\n\n涙が出た。',
    )
    expect(essay.lang).toBe('ja')
  })

  it('should read ● lines in plain text as list items and short numbered lines as a list', () => {
    const essay = parseEssay(
      '退職した話\n\n会社を辞めました。\n\nやったこと\n\n● 貯金を数えた\n● 友人に話した\n\n1. 上司と話す\n2. 記録する\n\nおわりに\n\nまた書きます。',
      {format: 'text'},
    )
    const done = essay.sections.find((section) => section.heading === 'やったこと')
    expect(done?.children).toEqual([])
    expect(done?.html).toContain('<li>貯金を数えた</li>')
    expect(done?.html).toContain('<ol>\n<li>上司と話す</li>')
  })

  it('should freeze sanitizeSchema so nobody weakens the parser by accident', () => {
    const href: string[] = sanitizeSchema.protocols?.href ?? []
    expect(Object.isFrozen(href)).toBe(true)
    expect(() => href.push('javascript')).toThrow(TypeError)
  })

  it('should never render raw HTML in headings, even when the pipeline does not sanitize', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkEssay)
      .use(remarkHtml, {sanitize: false})
      .process('# Title <img src=x onerror=alert(1)>\n\n## Head <script>alert(1)</script>\n\nText.')
    expect(String(file)).not.toMatch(/<img|<script|onerror/)
    expect(toHtml(parseEssay('## A <b onclick="x()">b</b>\n\nText.'))).toContain('<h2>A b</h2>')
  })

  it('should report warnings as vfile messages in a unified pipeline', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkEssay)
      .use(remarkHtml)
      .process('<!-- tsuzuri: tips -->\n## A\n\nText.')
    expect(file.messages.map((message) => [message.line, message.source, message.fatal])).toEqual([
      [1, 'tsuzuri', false],
    ])
  })
})
