import {htmlAllowlist, parseEssay, type Section, toHtml} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'

const hostile = `# Title <img src=x onerror=alert(1)>

<script>alert('intro')</script>

Intro with <b onclick="alert(1)">bold</b> words and <iframe src="https://evil.example"></iframe>.

## What happened

[click](javascript:alert(1)) [vb](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD4=)
[ok](https://example.com/post "Title") [rel](./other.md) [mail](mailto:me@example.com)

![pixel](data:image/png;base64,AAAA) ![photo](https://example.com/a.png)

<style>body{display:none}</style>
<form action="https://evil.example"><input name="q"></form>
<meta http-equiv="refresh" content="0;url=https://evil.example">
<base href="https://evil.example/">
<object data="x.swf"></object><embed src="x.swf">
<svg onload="alert(1)"><circle r="1"/></svg>

Line one<br>line two.
`

function allHtml(sections: Section[]): string {
  return sections.map((section) => section.html + allHtml(section.children)).join('\n')
}

describe('HTML output', () => {
  const essay = parseEssay(hostile)
  const html = `${allHtml(essay.sections)}\n${toHtml(essay, {embedData: true})}`

  it('should never contain script, event handlers or dangerous elements', () => {
    expect(html).not.toMatch(/<script(?![^>]*type="application\/json")/i)
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
    for (const tag of [
      'iframe',
      'object',
      'embed',
      'style',
      'form',
      'input',
      'meta',
      'base',
      'svg',
    ]) {
      expect(html).not.toMatch(new RegExp(`<${tag}[\\s>/]`, 'i'))
    }
  })

  it('should drop javascript:, vbscript: and data: URLs but keep safe links', () => {
    expect(html).not.toMatch(/javascript:|vbscript:|data:/i)
    const intro = essay.sections.find((section) => section.heading === 'What happened')
    expect(intro?.html).toContain('<a href="https://example.com/post" title="Title">ok</a>')
    expect(intro?.html).toContain('<a href="./other.md">rel</a>')
    expect(intro?.html).toContain('<a href="mailto:me@example.com">mail</a>')
    expect(intro?.html).toContain('<img src="https://example.com/a.png" alt="photo">')
  })

  it('should keep the visible words of raw HTML as text, and <br> as a break', () => {
    const [intro, happened] = essay.sections
    expect(intro?.text).toContain('Intro with bold words and .')
    expect(intro?.text).not.toContain('alert')
    expect(happened?.html).toContain('Line one<br>')
    expect(happened?.text).toContain('Line one\nline two.')
  })

  it('should escape the title and headings in toHtml', () => {
    const out = toHtml(parseEssay('# A <b>&</b> "B"\n\n## <i>x</i>\n\ny'))
    expect(out).toContain('<h1>A &amp; "B"</h1>'.replace('"B"', '&quot;B&quot;'))
    expect(out).toContain('<h2>x</h2>')
  })

  it('should wrap sections in <section id data-kind>, nested, with heading levels', () => {
    const out = toHtml(parseEssay('Hi.\n\n## 体験談\n\n復帰した。\n\n### 月曜\n\n呼ばれた。'), {
      headingLevel: 3,
    })
    expect(out).toBe(
      [
        '<article class="tsuzuri-essay" lang="ja">',
        '<section id="intro" data-kind="intro">',
        '<p>Hi.</p>',
        '</section>',
        '<section id="体験談" data-kind="experience">',
        '<h3>体験談</h3>',
        '<p>復帰した。</p>',
        '<section id="月曜" data-kind="experience">',
        '<h4>月曜</h4>',
        '<p>呼ばれた。</p>',
        '</section>',
        '</section>',
        '</article>',
        '',
      ].join('\n'),
    )
  })

  it('should embed the essay as JSON that cannot close its script element', () => {
    const essayWithScript = parseEssay(
      '## A\n\nText with </script><script>alert(1)</script> in it.',
    )
    const out = toHtml(essayWithScript, {embedData: true})
    const json =
      /<script type="application\/json" data-tsuzuri-essay>(.*)<\/script>/s.exec(out)?.[1] ?? ''
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(essayWithScript)))
  })

  it('should only use tags and attributes from the allowlist', () => {
    const tags = [...html.matchAll(/<([a-z0-9]+)([^>]*)>/g)]
    for (const [, tag, attributes] of tags) {
      if (tag === 'section' || tag === 'article' || tag === 'script') continue
      expect(htmlAllowlist.tagNames).toContain(tag)
      for (const [, name] of (attributes ?? '').matchAll(/\s([a-z-]+)=/g)) {
        expect(htmlAllowlist.attributes[tag ?? '']).toContain(name)
      }
    }
  })
})

describe('raw HTML across nodes', () => {
  it('should drop the body of an inline <script> and keep the words after it', () => {
    const [section] = parseEssay('Hello <script>steal(**x**)</script> *reader*.').sections
    expect(section?.text).toBe('Hello  reader.')
    expect(section?.html).toBe('<p>Hello  <em>reader</em>.</p>')
  })

  it('should not let an unclosed element in an HTML block swallow the blocks after it', () => {
    const [section] = parseEssay('<div><embed src="x.swf"><style>\n\nStill here.').sections
    expect(section?.text).toBe('Still here.')
  })
})
