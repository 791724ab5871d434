import {readCorpus} from '@tsuzuri/corpus'
import {EssayError, parseEssay, remarkEssay, sanitizeSchema} from '@tsuzuri/essay'
import type {Root} from 'mdast'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkHtml from 'remark-html'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import {type Plugin, unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'

/** remark: remark-parse and remark-stringify. */
const remark = () => unified().use(remarkParse).use(remarkStringify)

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

describe('remarkEssay as one implementation with parseEssay', () => {
  it('should give exactly what parseEssay gives, on every corpus essay', async () => {
    const processor = unified().use(remarkParse).use(remarkEssay)
    for (const {file: name, source} of readCorpus()) {
      const file = new VFile({path: name, value: source})
      await processor.run(processor.parse(file), file)
      expect(file.data.essay, name).toEqual(parseEssay(source))
    }
  })

  it('should read a heading typed with a full-width space, as parseEssay does', async () => {
    const markdown = '冒頭です。\n\n##　体験談\n\n会議室に呼ばれました。\n'
    const file = await unified().use(remarkParse).use(remarkEssay).use(remarkHtml).process(markdown)
    expect(file.data.essay).toEqual(parseEssay(markdown))
    expect(file.data.essay?.sections[1]?.heading).toBe('体験談')
    expect(String(file)).toContain('<h2>体験談</h2>')
  })

  it('should keep what earlier plugins did to the tree', async () => {
    const markdown = '# Title\n\nIntro.\n\n## What happened\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'
    const shout: Plugin<[], Root> = () => (tree) => {
      visit(tree, 'heading', (heading) => {
        visit(heading, 'text', (text) => {
          text.value = text.value.toUpperCase()
        })
      })
    }
    const file = await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(shout)
      .use(remarkEssay)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(markdown)
    expect(file.data.essay?.sections[1]?.heading).toBe('WHAT HAPPENED')
    expect(String(file)).toContain('<table>')
    expect(file.data.essay?.sections[1]?.html).toContain('<table>')
  })

  it('should round-trip through remark-stringify, frontmatter, tags and bold headings included', async () => {
    const markdown = `---
title: Smaller desk
tags: [work]
---

I came back in April.

**What happened**

I was moved to data entry.

<!-- tsuzuri: strategies -->

## Small things

1. Ask in writing.
2. Keep a log.

[x]: https://example.com
`
    const plain = String(await remark().use(remarkFrontmatter).process(markdown))
    const file = await remark().use(remarkFrontmatter).use(remarkEssay).process(markdown)
    expect(String(file)).toBe(plain)
    expect(file.data.essay?.sections.map((section) => section.kind)).toEqual([
      'intro',
      'experience',
      'strategies',
    ])
  })

  it('should put essaySection nodes in the tree, typed for visit', async () => {
    const processor = unified().use(remarkParse).use(remarkEssay)
    const tree = await processor.run(processor.parse(markdown), new VFile(markdown))
    const kinds: string[] = []
    visit(tree, 'essaySection', (section) => {
      kinds.push(section.data.hProperties.dataKind)
    })
    expect(kinds).toEqual(['intro', 'experience', 'strategies'])
  })

  it('should fail the file at the frontmatter line that is wrong', async () => {
    const bad = '---\ntitle: [unclosed\n---\n\nText.\n'
    expect(() => parseEssay(bad)).toThrow(EssayError)
    const error = await unified()
      .use(remarkParse)
      .use(remarkEssay)
      .use(remarkHtml)
      .process(bad)
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(VFileMessage)
    expect(error).toMatchObject({line: 2, ruleId: 'frontmatter', source: 'tsuzuri', fatal: true})
  })

  it('should report each warning with its rule and a link to its explanation', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkEssay)
      .use(remarkHtml)
      .process('Intro.\n\n##対策\n\nText.\n')
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({
      ruleId: 'missing-heading-space',
      source: 'tsuzuri',
      line: 3,
      fatal: false,
      url: 'https://github.com/tsuzuri/tsuzuri/blob/main/docs/warnings.md#missing-heading-space',
    })
  })
})
