import {parseEssay, type Section} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'

const page = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>Back at work | Small Hours</title>
<meta property="og:title" content="Back at work">
<meta property="og:url" content="https://small-hours.example/back-at-work/?utm=x">
<link rel="canonical" href="https://small-hours.example/back-at-work/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Small Hours"},{"@type":"BlogPosting","headline":"Back at work","author":{"@type":"Person","name":"Ruth Okafor"},"datePublished":"2026-03-04T08:00:00Z"}]}</script>
</head>
<body class="single has-sidebar">
<div class="cookie-banner">We use cookies to improve your experience.</div>
<header><nav class="menu"><a href="/">Home</a> <a href="/about">About me</a></nav></header>
<main>
<article>
<header class="entry-header"><h1>Back at work</h1></header>
<div class="entry-content">
<p>I went back to the office in March, after eleven months at home with Ada.</p>
<h2>What happened</h2>
<p>My desk had moved to the corner. My clients had gone to a colleague, and I was given the filing.</p>
<p>Nobody said it was a demotion. <img src="/desk.jpg" alt="My new desk, by the printer" onerror="alert(1)"></p>
<h2>How it felt</h2>
<p>I felt invisible, and angry that I felt it. <a href="javascript:alert(1)">Click</a></p>
<h2>What I did</h2>
<ul><li>Ask for a review in writing.</li><li>Keep a list of what you deliver.</li></ul>
<div class="share-buttons"><a href="#">Share on Facebook</a></div>
</div>
<footer class="entry-footer">Filed under: Work</footer>
</article>
<section id="comments" class="comments-area"><h2>Leave a reply</h2><form><textarea></textarea></form></section>
</main>
<aside class="widget-area"><h2>Recent posts</h2><ul><li><a href="/x">Another post</a></li></ul></aside>
<footer class="site-footer">© 2026 Small Hours</footer>
<script>document.title = 'hacked'</script>
</body>
</html>
`

const headings = (sections: Section[]) => sections.map((section) => section.heading)
const kinds = (sections: Section[]) => sections.map((section) => section.kind)

describe('parseEssay on HTML', () => {
  it('should read a whole page as its article, tagged as Markdown would be', () => {
    const essay = parseEssay(page)
    expect(essay.title).toBe('Back at work')
    expect(headings(essay.sections)).toEqual([null, 'What happened', 'How it felt', 'What I did'])
    expect(kinds(essay.sections)).toEqual(['intro', 'experience', 'feelings', 'strategies'])
    expect(essay.sections[3]?.items?.map((item) => item.title)).toEqual([
      'Ask for a review in writing',
      'Keep a list of what you deliver',
    ])
  })

  it("should fill frontmatter from the page's metadata", () => {
    const essay = parseEssay(page)
    expect(essay.frontmatter).toEqual({
      title: 'Back at work',
      author: 'Ruth Okafor',
      date: '2026-03-04',
      url: 'https://small-hours.example/back-at-work/',
      lang: 'en-GB',
    })
    expect(essay.lang).toBe('en-GB')
  })

  it('should leave the furniture out, and nothing of the page can run script', () => {
    const json = JSON.stringify(parseEssay(page))
    for (const furniture of [
      'cookies',
      'About me',
      'Share on Facebook',
      'Filed under',
      'Leave a reply',
      'Recent posts',
      '© 2026',
      'hacked',
    ]) {
      expect(json).not.toContain(furniture)
    }
    const html = parseEssay(page)
      .sections.map((section) => section.html)
      .join('')
    expect(html).toContain('alt="My new desk, by the printer"')
    expect(html).not.toMatch(/onerror|javascript:|<script/i)
  })

  it('should keep every paragraph of the article', () => {
    const text = parseEssay(page)
      .sections.map((section) => section.text)
      .join('\n')
    for (const sentence of [
      'after eleven months at home with Ada',
      'I was given the filing',
      'Nobody said it was a demotion.',
      'angry that I felt it',
    ]) {
      expect(text).toContain(sentence)
    }
  })

  it('should point positions at the HTML it was given', () => {
    const lines = page.split('\n')
    const section = parseEssay(page).sections[1] as Section
    expect(lines[section.position.start.line - 1]).toBe('<h2>What happened</h2>')
  })

  it('should read a fragment, and text laid out with <br> as one paragraph per line', () => {
    const fragment = [
      '<div id="entryBody">今日は職場に戻った日のことを書きます。<br><br>',
      '■ 戻った日のこと<br>朝、机の上には新しい名札がありました。<br>担当の仕事は、もう別の人のものでした。<br><br>',
      '■ そのときの気持ち<br>悲しかった。悔しかった。<br></div>',
    ].join('\n')
    const essay = parseEssay(fragment, {format: 'html'})
    expect(headings(essay.sections)).toEqual([null, '■ 戻った日のこと', '■ そのときの気持ち'])
    expect(kinds(essay.sections)).toEqual(['intro', 'experience', 'feelings'])
    expect(essay.sections[1]?.html).toBe(
      '<p>朝、机の上には新しい名札がありました。</p>\n<p>担当の仕事は、もう別の人のものでした。</p>',
    )
  })

  it("should read a page as HTML with `format: 'auto'`, and a fragment only when told", () => {
    expect(parseEssay(`<!-- saved -->\n${page}`).frontmatter.author).toBe('Ruth Okafor')
    const fragment = '<h2>What happened</h2>\n<p>I went back.</p>\n<p>My desk had moved.</p>'
    expect(parseEssay(fragment, {format: 'html'}).sections[0]?.heading).toBe('What happened')
    // Markdown may open with raw HTML too: read as Markdown, its text all kept.
    const markdown = parseEssay(fragment)
    expect(markdown.sections[0]?.heading).toBeNull()
    expect(markdown.sections[0]?.text).toContain('My desk had moved.')
    const tagged = parseEssay(
      '<!-- tsuzuri: experience -->\n## Tuesday\n\nI went back.\n\n<p>aside</p>\n',
    )
    expect(tagged.sections[0]?.heading).toBe('Tuesday')
    expect(tagged.sections[0]?.kind).toBe('experience')
  })

  it('should unwrap elements nested deeper than a browser would, keeping their text', () => {
    const depth = 20_000
    const html = `<!doctype html><body>${'<div>'.repeat(depth)}<p>Still here.</p>${'</div>'.repeat(depth)}</body>`
    const essay = parseEssay(html)
    expect(essay.sections.map((section) => section.text).join('')).toContain('Still here.')
    expect(essay.warnings.map((warning) => warning.ruleId)).toEqual(['deep-nesting'])
  })
})
