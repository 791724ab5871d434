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

  it('should decode character references in raw HTML as a browser shows them', () => {
    // The element's sanitizer decodes with the same function (`decodeReferences`).
    // An HTML block: Markdown leaves its text as written.
    const [intro] = parseEssay('<div>Tea &amp milk &#x1F375; &#0; &lt;3 &hellip;</div>').sections
    expect(intro?.text).toBe('Tea & milk 🍵 \ufffd <3 &hellip;')
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

  it('should find the end tag inside emphasis or a link, and keep the words after it (found by pnpm fuzz)', () => {
    // The `*`s make an emphasis from the first style's body to the second's: `b` is in it.
    const [section] = parseEssay('a <style>*{}</style> b <style>*{}</style> c').sections
    expect(section?.text).toBe('a  b  c')
    expect(section?.html).toBe('<p>a <em> b </em> c</p>')
    const [link] = parseEssay('[a <style>x](https://e.example) y</style> z').sections
    expect(link?.text).toBe('a  z')
  })
})

describe('URLs', () => {
  const linkHtml = (markdown: string) => parseEssay(markdown).sections[0]?.html
  it('should read the protocol as browsers do, ignoring tabs and newlines inside it', () => {
    expect(linkHtml('[x](<java\tscript:alert(1)>)')).toBe('<p>x</p>')
    expect(linkHtml('[x](<JaVaScRiPt:alert(1)>)')).toBe('<p>x</p>')
  })

  it('should keep relative URLs and URLs whose colon comes after a slash', () => {
    expect(linkHtml('[x](/a:b) [y](#top) [z](?q=1:2)')).toBe(
      '<p><a href="/a:b">x</a> <a href="#top">y</a> <a href="?q=1:2">z</a></p>',
    )
  })

  it('should percent-encode what does not belong in an attribute', () => {
    expect(linkHtml('[x](<https://example.com/a b"c>)')).toBe(
      '<p><a href="https://example.com/a%20b%22c">x</a></p>',
    )
    expect(linkHtml('[x](https://example.com/育休)')).toBe(
      '<p><a href="https://example.com/%E8%82%B2%E4%BC%91">x</a></p>',
    )
  })

  it('should resolve references across sections and keep undefined ones as written', () => {
    const essay = parseEssay(
      '## A\n\nSee [the post][p] and [nothing][none].\n\n## B\n\n[p]: https://example.com "Post"',
    )
    expect(essay.sections[0]?.html).toBe(
      '<p>See <a href="https://example.com" title="Post">the post</a> and [nothing][none].</p>',
    )
  })

  it('should show an image whose URL is not allowed as its description', () => {
    expect(linkHtml('![a chart](data:image/png;base64,AAAA)')).toBe('<p>a chart</p>')
  })
})

describe('URLs with leading control characters', () => {
  it('should read the protocol after leading control characters, as browsers do', () => {
    expect(parseEssay('[x](<\u0001javascript:alert(1)>)').sections[0]?.html).toBe('<p>x</p>')
  })
})
