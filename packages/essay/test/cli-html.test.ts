import {copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './cli-run.js'

const pages = new URL('./html-pages/', import.meta.url)
const temporary = () => mkdtempSync(join(tmpdir(), 'tsuzuri-cli-html-'))

const post = `<!doctype html>
<html lang="en"><head><title>Back at work | A blog</title>
<link rel="canonical" href="https://blog.example/back-at-work/"></head>
<body><nav class="menu"><a href="/">Home</a></nav>
<article><h1>Back at work</h1>
<p>I came back from leave in March. This is what happened.</p>
<h2>What happened</h2><p>My desk had moved. My clients were someone else's.</p>
<h2>How it felt</h2><p>I felt invisible, and angry that I felt it.</p></article>
<aside class="widget-area"><h2>Recent posts</h2></aside></body></html>
`

describe('tsuzuri parse on HTML', () => {
  it('should read .html files in a folder among .md, and not read back its own HTML outputs', () => {
    const folder = temporary()
    writeFileSync(join(folder, 'back-at-work.html'), post)
    writeFileSync(join(folder, 'notes.md'), '# Notes\n\n## What happened\n\nI went back.\n')
    const first = runCli(['parse', folder, '--out', folder, '--format', 'html'])
    expect(first.stderr).toContain('notes.md -> ')
    // The HTML post's output would be the post itself: refused, the post kept.
    expect(first.stderr).toContain('back-at-work.html: its output would replace the input itself')
    expect(readFileSync(join(folder, 'back-at-work.html'), 'utf8')).toBe(post)
    const second = runCli(['parse', folder, '--out', folder, '--format', 'html'])
    // notes.html is this command's output: not an input the second time.
    expect(second.stderr).toContain('[2/2]')
    expect(second.stderr).not.toContain('[3/3]')
    expect(second.stderr).not.toContain('notes.html:')
    expect(second.stderr).toContain('1 parsed, 0 with warnings, 1 failed')
  })

  it('should write the article and the page metadata as JSON', () => {
    const folder = temporary()
    writeFileSync(join(folder, 'back-at-work.html'), post)
    const {code, stdout} = runCli(['parse', join(folder, 'back-at-work.html')])
    expect(code).toBe(0)
    const essay = JSON.parse(stdout)
    expect(essay.title).toBe('Back at work')
    expect(essay.frontmatter).toMatchObject({url: 'https://blog.example/back-at-work/', lang: 'en'})
    expect(essay.sections.map((section: {kind: string}) => section.kind)).toEqual([
      'intro',
      'experience',
      'feelings',
    ])
    expect(stdout).not.toContain('Recent posts')
    expect(stdout).not.toContain('Home')
  })

  it('should decode a page in the encoding its <meta> declares (Shift_JIS)', () => {
    const folder = temporary()
    copyFileSync(new URL('shift-jis.html', pages), join(folder, 'old.html'))
    const {code, stdout, stderr} = runCli(['parse', join(folder, 'old.html')])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const essay = JSON.parse(stdout)
    expect(essay.title).toBe('職場に戻った春')
    expect(essay.sections.map((section: {heading: string | null}) => section.heading)).toEqual([
      null,
      '■ 戻った日のこと',
      '■ そのときの気持ち',
    ])
  })

  it('should fail one input with one line when its bytes are not what its <meta> declares', () => {
    const folder = temporary()
    const head = '<html><head><meta charset="shift_jis"></head><body><p>'
    writeFileSync(
      join(folder, 'bad.html'),
      Buffer.from(`${head}\xff\xff</p></body></html>`, 'latin1'),
    )
    writeFileSync(join(folder, 'odd.html'), `${head.replace('shift_jis', 'x-klingon')}a</p>`)
    writeFileSync(join(folder, 'good.md'), '# Good\n\n## What happened\n\nI went back.\n')
    const out = join(folder, 'out')
    const {code, stderr} = runCli(['parse', folder, '--out', out])
    expect(code).toBe(1)
    expect(stderr).toContain(
      'bad.html: is not valid shift_jis as its <meta charset> says: fix the declaration or save it as UTF-8',
    )
    expect(stderr).toContain('odd.html: declares the encoding “x-klingon”')
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(readdirSync(out)).toEqual(['good.json'])
  })

  it('should take --input html, and name html in its usage error', () => {
    const folder = temporary()
    // Not a page's start: `auto` would read Markdown; `--input html` reads the HTML.
    writeFileSync(
      join(folder, 'post.txt'),
      '\n<p>Intro.</p>\n<h2>What happened</h2><p>I went back.</p>',
    )
    const essay = JSON.parse(runCli(['parse', join(folder, 'post.txt'), '--input', 'html']).stdout)
    expect(essay.sections.map((section: {heading: string | null}) => section.heading)).toEqual([
      null,
      'What happened',
    ])
    const wrong = runCli(['parse', join(folder, 'post.txt'), '--input', 'docx'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('use auto, markdown, text or html')
  })

  it('should fail a page with no article with one line, and write nothing for it', () => {
    const folder = temporary()
    writeFileSync(
      join(folder, 'home.html'),
      '<!doctype html><title>Home</title><nav><a href="/">Home</a> <a href="/about">About</a></nav>',
    )
    const out = join(folder, 'out')
    const {code, stderr} = runCli(['parse', join(folder, 'home.html'), '--out', out])
    expect(code).toBe(1)
    expect(stderr).toContain("home.html: is an HTML page with no article: give the post's own page")
    expect(readdirSync(folder)).toEqual(['home.html'])
  })
})
