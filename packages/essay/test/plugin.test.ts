import {remarkEssay, sanitizeSchema} from '@tsuzuri/essay'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkHtml from 'remark-html'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'

const markdown = `---
title: Smaller desk
---

I came back in April.

## What happened

I was moved to data entry. <script>alert(1)</script>

<!-- tsuzuri: strategies -->
## Small things

1. **Ask in writing.** Then you have a record.
2. **Keep a log.** Write it down. [x](javascript:alert(1))
`

describe('remarkEssay', () => {
  it('should wrap sections in <section id data-kind> with remark-html and sanitizeSchema', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkEssay)
      .use(remarkHtml, {sanitize: sanitizeSchema})
      .process(markdown)
    const html = String(file)
    expect(html).toContain(
      '<section id="intro" data-kind="intro"><p>I came back in April.</p></section>',
    )
    expect(html).toContain(
      '<section id="what-happened" data-kind="experience"><h2>What happened</h2>',
    )
    expect(html).toContain('<section id="small-things" data-kind="strategies">')
    expect(html).not.toContain('title: Smaller desk')
    expect(html).not.toMatch(/<script|javascript:/)
    expect(file.data.essay?.sections.map((section) => section.kind)).toEqual([
      'intro',
      'experience',
      'strategies',
    ])
    expect(file.data.essay?.title).toBe('Smaller desk')
  })

  it('should work with remark-rehype, rehype-sanitize and rehype-stringify', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkEssay, {idPrefix: 'post-'})
      .use(remarkRehype)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeStringify)
      .process(markdown)
    const html = String(file)
    expect(html).toContain('<section id="post-what-happened" data-kind="experience">')
    expect(html).not.toMatch(/<script|javascript:/)
  })

  it('should tag plain text input too', async () => {
    const text =
      '退職して一年\n\n会社を辞めてから、一年が経ちました。\n\n体験談\n\n最後の日、机を片付けました。\n\n私の気持ち\n\n寂しかった。\n'
    const file = await unified()
      .use(remarkParse)
      .use(remarkEssay)
      .use(remarkHtml, {sanitize: sanitizeSchema})
      .process(text)
    expect(String(file)).toContain('<section id="体験談" data-kind="experience"><h2>体験談</h2>')
    expect(file.data.essay?.title).toBe('退職して一年')
  })

  it('should throw a TypeError for bad options', () => {
    expect(() =>
      unified()
        .use(remarkEssay, {format: 'docx' as never})
        .freeze(),
    ).toThrow(TypeError)
  })
})
