import {parseEssay, remarkEssay, type Section, sanitizeSchema, toHtml} from '@tsuzuri/essay'
import remarkHtml from 'remark-html'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {findExecutable, schemeOf} from './inert.js'
import {htmlVectors, vectors, vectorsEssay} from './vectors.js'

// Issue 9 §5: the XSS vectors of the attack, kept. Nothing executable may survive `toHtml` in
// Node (the same vectors run in Chromium in packages/embed/test/attack/).

const sectionsHtml = (sections: Section[]): string =>
  sections.map((section) => section.html + sectionsHtml(section.children)).join('\n')

describe('the check itself', () => {
  it('should find something executable in every raw HTML vector', () => {
    for (const [name, html] of Object.entries(htmlVectors)) {
      expect(findExecutable(html), name).not.toEqual([])
    }
  })

  it('should read URL schemes the way browsers do', () => {
    expect(schemeOf(' \u0001JaVa&#9;Script&#x3A;alert(1)')).toBe('javascript')
    expect(schemeOf('java\nscript&colon;x')).toBe('javascript')
    expect(schemeOf('./a:b')).toBeNull()
    expect(schemeOf('HTTPS://e.example')).toBe('https')
  })
})

describe(`${vectors.length} XSS vectors through parseEssay and toHtml`, () => {
  for (const {name, markdown} of vectors) {
    it(`should leave nothing executable: ${name}`, () => {
      for (const format of ['markdown', 'text'] as const) {
        const essay = parseEssay(markdown, {format})
        const html = toHtml(essay, {embedData: true})
        expect(findExecutable(html), `${format}: ${html}`).toEqual([])
        expect(findExecutable(sectionsHtml(essay.sections))).toEqual([])
        // The link to the original post is never anything but absolute http(s).
        const url = essay.frontmatter.url
        if (url !== undefined) expect(String(url)).toMatch(/^https?:\/\/[^/]/)
      }
    })
  }

  it('should leave nothing executable when all of them are in one essay', () => {
    const essay = parseEssay(vectorsEssay)
    expect(findExecutable(toHtml(essay, {embedData: true}))).toEqual([])
    // Dropping the markup keeps the words: the essay still has a section per attack.
    expect(vectorsEssay.match(/^## Attack /gm)?.length).toBe(vectors.length)
  })

  it('should leave nothing executable through remarkEssay, remark-html and sanitizeSchema', async () => {
    for (const {name, markdown} of vectors) {
      const html = String(
        await unified()
          .use(remarkParse)
          .use(remarkEssay)
          .use(remarkHtml, {sanitize: sanitizeSchema})
          .process(markdown),
      )
      // remark-html keeps `id` with its `user-content-` prefix on sections: the wrapper's own.
      expect(findExecutable(html), `${name}: ${html}`).toEqual([])
    }
  })
})
