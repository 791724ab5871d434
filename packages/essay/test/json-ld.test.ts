import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {corpusDirectory} from '@tsuzuri/corpus'
import {type Essay, parseEssay, type Section, sanitizeSchema, toHtml} from '@tsuzuri/essay'
import rehypeParse from 'rehype-parse'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {findExecutable} from './attack/inert.js'
import {vectors} from './attack/vectors.js'
import {
  cssSelectorsOf,
  elementsOf,
  idOfSelector,
  jsonLdOf,
  jsonLdOpen,
  jsonLdScripts,
} from './json-ld-check.js'
import {lineage, type Vocabulary, validateJsonLd, vocabulary} from './schema-org.js'

const folder = new URL('./fixtures/structured-data/', import.meta.url)
const fixture = parseEssay(readFileSync(new URL('input.md', folder), 'utf8'))

/** Every id `toHtml` wrote on an element of `html`. */
function idsOf(html: string): Set<string> {
  return new Set(
    elementsOf(html)
      .map((element) => element.attrs.find((attribute) => attribute.name === 'id')?.value)
      .filter((id): id is string => id !== undefined),
  )
}

/** Every section of `sections` and below, in document order. */
function allSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((one) => [one, ...allSections(one.children)])
}

/** Every string in a JSON value, keys aside. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

/** The raw text between the JSON-LD script's tags, as `toHtml` wrote it. */
function rawJsonLd(html: string): string {
  const start = html.indexOf(jsonLdOpen)
  expect(start).toBeGreaterThan(-1)
  const from = start + jsonLdOpen.length
  return html.slice(from, html.indexOf('</script>', from))
}

function section(id: string, heading: string | null, extra: Partial<Section> = {}): Section {
  return {
    id,
    kind: 'experience',
    confidence: 1,
    reasons: [],
    heading,
    depth: heading === null ? 0 : 2,
    text: '',
    html: '',
    position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}},
    children: [],
    ...extra,
  }
}

/** An essay made by hand (as a forged or stored one would be), not by `parseEssay`. */
function essayOf(partial: Partial<Essay>): Essay {
  return {title: null, lang: 'en', frontmatter: {}, sections: [], warnings: [], ...partial}
}

describe('toHtml with jsonLd', () => {
  it('should write no structured data unless jsonLd is true', () => {
    for (const options of [undefined, null, {}, {jsonLd: false}, {jsonLd: null}]) {
      expect(toHtml(fixture, options)).not.toContain('application/ld+json')
    }
    expect(jsonLdScripts(toHtml(fixture, {jsonLd: true}))).toHaveLength(1)
  })

  it('should throw a TypeError for a jsonLd that is not a boolean', () => {
    expect(() => toHtml(fixture, {jsonLd: 'yes' as never})).toThrow(
      new TypeError('Expected `options.jsonLd` to be a boolean, not `"yes"`'),
    )
    expect(() => toHtml(fixture, {jsonLd: 1 as never})).toThrow(
      new TypeError('Expected `options.jsonLd` to be a boolean, not `number`'),
    )
  })

  it('should describe fixtures/structured-data as json-ld.json says', () => {
    const data = jsonLdOf(toHtml(fixture, {jsonLd: true}))
    const expected = new URL('json-ld.json', folder)
    // Regenerate with `UPDATE=1 pnpm vitest run test/json-ld.test.ts`, then read the diff.
    if (process.env.UPDATE) writeFileSync(expected, `${JSON.stringify(data, null, 2)}\n`)
    expect(data).toEqual(JSON.parse(readFileSync(expected, 'utf8')))
  })

  it('should write a BlogPosting valid against the schema.org vocabulary the tests ship', () => {
    const data = jsonLdOf(toHtml(fixture, {jsonLd: true}))
    expect(validateJsonLd(data)).toEqual([])
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Back at work, one year on',
      author: {'@type': 'Person', name: 'Mika Tanaka'},
      datePublished: '2026-03-04T09:00:00+09:00',
      inLanguage: 'en',
      url: 'https://blog.example/2026/03/back-at-work/',
    })
  })

  it('should list the strategies of each strategies section as an ItemList', () => {
    const data = jsonLdOf(toHtml(fixture, {jsonLd: true}))
    const parts = data.hasPart as Array<Record<string, unknown>>
    const lists = parts.filter((part) => part.mainEntity).map((part) => part.mainEntity)
    expect(lists).toEqual([
      {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          {'@type': 'ListItem', position: 1, name: 'Ask in writing'},
          {'@type': 'ListItem', position: 2, name: 'Find one ally'},
        ],
      },
      {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          {'@type': 'ListItem', position: 1, name: 'Block your first hour'},
          {'@type': 'ListItem', position: 2, name: 'Leave on time twice a week'},
        ],
      },
    ])
  })

  it('should point every cssSelector at a section toHtml wrote, and name it by its heading', () => {
    const html = toHtml(fixture, {jsonLd: true})
    const data = jsonLdOf(html)
    const selectors = cssSelectorsOf(data).sort()
    expect(selectors).toEqual(
      allSections(fixture.sections)
        .map((one) => `#${cssId(one.id)}`)
        .sort(),
    )
    const ids = idsOf(html)
    for (const selector of selectors) expect(ids.has(idOfSelector(selector) as string)).toBe(true)
    // Ids that start with a digit are escaped, as CSS requires (`#3-weeks-in` is not a selector).
    expect(selectors).toContain('#\\33 -weeks-in')
    // The heading keeps its characters; in the script they are escaped.
    expect(rawJsonLd(html)).toContain(
      '"name":"\\u003cTags\\u003e \\u0026 \\"quotes\\" in a heading"',
    )
  })

  it('should escape ids of any characters as CSS identifiers', () => {
    const prefixes = ['post 1:', '-1', '#a.b', 'tab\there', '"quoted"', '\\', '日本-']
    for (const idPrefix of prefixes) {
      const essay = parseEssay('Intro.\n\n## 1. Ask\n\nText.\n\n## -\n\nMore.', {idPrefix})
      const html = toHtml(essay, {jsonLd: true})
      const ids = idsOf(html)
      const selectors = cssSelectorsOf(jsonLdOf(html))
      expect(selectors).toHaveLength(allSections(essay.sections).length)
      for (const selector of selectors) {
        expect(ids.has(idOfSelector(selector) as string), `${idPrefix}: ${selector}`).toBe(true)
      }
    }
  })

  it('should leave out what is not known instead of writing it empty', () => {
    const essay = essayOf({
      lang: 'und',
      frontmatter: {author: '  ', date: 'last spring', url: '/about'},
      sections: [section('intro', null), section('list', '  ', {kind: 'strategies', items: []})],
    })
    const data = jsonLdOf(toHtml(essay, {jsonLd: true}))
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      hasPart: [
        {'@type': 'WebPageElement', cssSelector: '#intro'},
        {'@type': 'WebPageElement', cssSelector: '#list'},
      ],
    })
    expect(validateJsonLd(data)).toEqual([])
    const bare = jsonLdOf(toHtml(essayOf({lang: ''}), {jsonLd: true}))
    expect(bare).toEqual({'@context': 'https://schema.org', '@type': 'BlogPosting'})
    expect(stringsOf(bare).every((value) => value.trim() !== '')).toBe(true)
  })

  it('should take datePublished only from an ISO 8601 date or date-time', () => {
    const cases: Array<[unknown, string | undefined]> = [
      ['2024-04-01', '2024-04-01'],
      ['2024-04-01T09:00:00+09:00', '2024-04-01T09:00:00+09:00'],
      ['2024-04-01T09:00Z', '2024-04-01T09:00Z'],
      ['2024-04-01 09:00', '2024-04-01'],
      ['2024-04-01T25:00:00', '2024-04-01'],
      ['2024-02-29', '2024-02-29'],
      ['2023-02-29', undefined],
      ['2024-13-01', undefined],
      ['2024/04/01', undefined],
      ['April 1, 2024', undefined],
      ['2024年4月1日', undefined],
      [20240401, undefined],
      [null, undefined],
    ]
    for (const [date, expected] of cases) {
      const data = jsonLdOf(toHtml(essayOf({frontmatter: {date}}), {jsonLd: true}))
      expect(data.datePublished, String(date)).toBe(expected)
      expect(validateJsonLd(data), String(date)).toEqual([])
    }
  })

  it('should take url only when it is an absolute http(s) URL, and author only as text', () => {
    for (const url of ['javascript:alert(1)', '//evil.example/x', '/about', 42]) {
      const data = jsonLdOf(toHtml(essayOf({frontmatter: {url}}), {jsonLd: true}))
      expect(data.url, String(url)).toBeUndefined()
    }
    for (const author of [['A', 'B'], {name: 'A'}, 7]) {
      const data = jsonLdOf(toHtml(essayOf({frontmatter: {author}}), {jsonLd: true}))
      expect(data.author).toBeUndefined()
    }
    // Read from the essay's own keys, never from the prototype.
    const frontmatter = Object.create({author: 'Inherited', url: 'https://evil.example/'})
    const data = jsonLdOf(toHtml(essayOf({frontmatter}), {jsonLd: true}))
    expect(data.author).toBeUndefined()
    expect(data.url).toBeUndefined()
  })

  it('should be valid and resolve for every essay of the corpus', () => {
    const files = readdirSync(corpusDirectory).filter((file) => /\.(?:md|txt)$/.test(file))
    expect(files.length).toBeGreaterThan(100)
    let items = 0
    for (const file of files) {
      const essay = parseEssay(readFileSync(join(corpusDirectory, file), 'utf8'))
      const html = toHtml(essay, {jsonLd: true})
      const data = jsonLdOf(html)
      expect(validateJsonLd(data), file).toEqual([])
      const ids = idsOf(html)
      for (const selector of cssSelectorsOf(data)) {
        expect(ids.has(idOfSelector(selector) as string), `${file}: ${selector}`).toBe(true)
      }
      items += JSON.stringify(data).split('"ListItem"').length - 1
    }
    expect(items).toBeGreaterThan(100)
  })
})

describe('toHtml with jsonLd and hostile essays', () => {
  const hostile = [
    '</script><script>alert(1)</script>',
    '</SCRIPT ><img src=x onerror=alert(1)>',
    '<!--<script>alert(1)</script>-->',
    '<!-- </script> -->',
    ']]></script>',
    '&lt;/script&gt; & &amp; <',
    'line\u2028separator\u2029paragraph',
    '\u0000nul and \u001b[31m escape',
    '"},"@type":"Evil","x":{"',
  ]

  it('should keep hostile titles, headings, authors and items inside the one script', () => {
    for (const value of hostile) {
      const essay = essayOf({
        title: value,
        frontmatter: {author: value, date: '2024-04-01', url: 'https://blog.example/post'},
        sections: [
          section(`a${value}`, value, {
            kind: 'strategies',
            items: [{title: value, text: value, section: `a${value}`, at: null}],
          }),
        ],
      })
      const html = toHtml(essay, {jsonLd: true, embedData: true})
      // The script's raw text holds none of the characters HTML or JavaScript could act on.
      expect(rawJsonLd(html)).not.toMatch(/[<>&\u2028\u2029]/)
      // A browser's parser sees exactly the two scripts toHtml wrote, and the JSON whole.
      const scripts = elementsOf(html).filter((element) => element.tagName === 'script')
      expect(scripts.map((script) => script.attrs.map((a) => a.value).join(' '))).toEqual([
        'application/json ',
        'application/ld+json',
      ])
      const data = jsonLdOf(html)
      expect(data['@type']).toBe('BlogPosting')
      expect(data.headline).toBe(value.trim())
      expect(data.author).toEqual({'@type': 'Person', name: value.trim()})
      const part = (data.hasPart as Array<Record<string, unknown>>)[0]
      expect(part?.name).toBe(value.trim())
      expect(part?.mainEntity).toMatchObject({itemListElement: [{name: value.trim()}]})
      expect(idsOf(html).has(idOfSelector(part?.cssSelector as string) as string)).toBe(true)
      expect(validateJsonLd(data)).toEqual([])
      // Everything else is the HTML toHtml always writes: nothing executable.
      const rest = html.replace(`${jsonLdOpen}${rawJsonLd(html)}</script>`, '')
      expect(findExecutable(rest), value).toEqual([])
    }
  })

  it('should keep hostile headings written in Markdown inside the script', () => {
    const markdown = [
      '---',
      'title: "</script><script>alert(1)</script>"',
      'author: "<!-- x"',
      '---',
      '',
      'Intro.',
      '',
      '## `</script><!--`',
      '',
      'Text.',
      '',
      '## \\</script\\>\\<img src=x onerror=alert(1)\\>',
      '',
      'Text.',
    ].join('\n')
    const essay = parseEssay(markdown)
    const html = toHtml(essay, {jsonLd: true})
    expect(rawJsonLd(html)).not.toMatch(/[<>&]/)
    const data = jsonLdOf(html)
    expect(data.headline).toBe('</script><script>alert(1)</script>')
    expect(data.author).toEqual({'@type': 'Person', name: '<!-- x'})
    expect((data.hasPart as Array<{name?: string}>).map((part) => part.name)).toEqual([
      undefined,
      '</script><!--',
      '</script><img src=x onerror=alert(1)>',
    ])
    expect(validateJsonLd(data)).toEqual([])
  })

  it('should keep every XSS vector inert, with the structured data whole', () => {
    for (const {name, markdown} of vectors) {
      const html = toHtml(parseEssay(markdown), {embedData: true, jsonLd: true})
      expect(rawJsonLd(html), name).not.toMatch(/[<>&\u2028\u2029]/)
      expect(validateJsonLd(jsonLdOf(html)), name).toEqual([])
      const rest = html.replace(`${jsonLdOpen}${rawJsonLd(html)}</script>`, '')
      expect(findExecutable(rest), name).toEqual([])
    }
  })

  it('should never take a JSON-LD script from the essay itself', () => {
    const markdown =
      '# Post\n\n<script type="application/ld+json">{"@context":"https://schema.org","@type":"Evil"}</script>\n\n## Part\n\nText.'
    const essay = parseEssay(markdown)
    // Raw HTML is never rendered: without jsonLd there is no JSON-LD at all, with it only ours.
    expect(jsonLdScripts(toHtml(essay))).toEqual([])
    expect(jsonLdScripts(toHtml(essay, {jsonLd: true}))).toHaveLength(1)
    expect(jsonLdOf(toHtml(essay, {jsonLd: true}))['@type']).toBe('BlogPosting')
  })

  it('should be dropped by sanitizeSchema, so it is added after sanitizing, never before', async () => {
    // The allowlist strips every <script>: sanitizing toHtml's output removes the structured data
    // along with anything an essay could have smuggled in.
    const html = toHtml(fixture, {jsonLd: true})
    const sanitized = String(
      await unified()
        .use(rehypeParse, {fragment: true})
        .use(rehypeSanitize, sanitizeSchema)
        .use(rehypeStringify)
        .process(html),
    )
    expect(sanitizeSchema.strip).toContain('script')
    expect(sanitizeSchema.tagNames).not.toContain('script')
    expect(sanitized).not.toContain('<script')
    expect(sanitized).not.toContain('BlogPosting')
    expect(sanitized).toContain('<section id="what-happened" data-kind="experience">')
  })
})

describe('the schema.org check the tests use', () => {
  const valid = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: 'A',
    hasPart: [{'@type': 'WebPageElement', name: 'B', cssSelector: '#b'}],
  }

  it('should define every type the vocabulary names as a supertype or a range', () => {
    const named = new Set<string>()
    for (const type of Object.values(vocabulary.types))
      for (const name of type.subClassOf) named.add(name)
    for (const property of Object.values(vocabulary.properties))
      for (const name of property.rangeIncludes) named.add(name)
    expect([...named].filter((name) => !vocabulary.types[name])).toEqual([])
    expect(lineage('BlogPosting')).toEqual([
      'BlogPosting',
      'SocialMediaPosting',
      'Article',
      'CreativeWork',
      'Thing',
    ])
  })

  it('should accept a property of a supertype', () => {
    expect(validateJsonLd(valid)).toEqual([])
    // `url` belongs to Thing, `headline` to CreativeWork: both fit a BlogPosting.
    expect(validateJsonLd({...valid, url: 'https://blog.example/a'})).toEqual([])
  })

  it('should reject a property that does not belong to the type', () => {
    expect(validateJsonLd({...valid, cssSelector: '#a'})).toEqual([
      'cssSelector: not a property of BlogPosting (its domain: SpeakableSpecification, WebPageElement)',
    ])
    expect(
      validateJsonLd({...valid, author: {'@type': 'Person', name: 'A', headline: 'B'}}),
    ).toEqual(['author.headline: not a property of Person (its domain: CreativeWork)'])
    expect(
      validateJsonLd({
        ...valid,
        hasPart: [{'@type': 'WebPageElement', numberOfItems: 2}],
      }),
    ).toEqual(['hasPart[0].numberOfItems: not a property of WebPageElement (its domain: ItemList)'])
  })

  it('should reject an unknown property, type or keyword', () => {
    expect(validateJsonLd({...valid, headlines: 'A'})).toEqual(['headlines: unknown property'])
    expect(validateJsonLd({...valid, '@type': 'BlogPost'})).toEqual([
      '@type: unknown type BlogPost',
    ])
    expect(validateJsonLd({...valid, '@id': '#x'})).toEqual(['@id: keyword not used here'])
    expect(validateJsonLd({...valid, '@context': 'https://evil.example'})).toEqual([
      '@context: not "https://schema.org"',
    ])
  })

  it('should reject values outside the range', () => {
    const wrong: Array<[Record<string, unknown>, string]> = [
      [{author: 'A'}, 'author: "A" is not a Organization or Person'],
      [
        {hasPart: [{'@type': 'ItemList', numberOfItems: 1}]},
        'hasPart[0]: a ItemList, not a CreativeWork',
      ],
      [{datePublished: 'April 1'}, 'datePublished: "April 1" is not a Date or DateTime'],
      [{datePublished: '2023-02-29'}, 'datePublished: "2023-02-29" is not a Date or DateTime'],
      [{url: 'javascript:alert(1)'}, 'url: "javascript:alert(1)" is not a URL'],
      [{url: '/about'}, 'url: "/about" is not a URL'],
      [{headline: ''}, 'headline: "" is not a Text'],
      [{headline: null}, 'headline: null is not a Text'],
      [{headline: 3}, 'headline: 3 is not a Text'],
      [{hasPart: []}, 'hasPart: empty list'],
      [{inLanguage: {'@type': 'Text'}}, '@type: Text is a data type, not a thing'],
    ]
    for (const [change, problem] of wrong) {
      const problems = validateJsonLd({...valid, ...change})
      expect(problems.map((line) => line.replace(/^inLanguage\./, ''))).toContain(problem)
    }
    const list = (value: unknown) => ({
      '@type': 'WebPageElement',
      mainEntity: {'@type': 'ItemList', numberOfItems: value},
    })
    expect(validateJsonLd({...valid, hasPart: [list(2.5)]})).toEqual([
      'hasPart[0].mainEntity.numberOfItems: 2.5 is not a Integer',
    ])
    expect(validateJsonLd({...valid, hasPart: [list('2')]})).toEqual([
      'hasPart[0].mainEntity.numberOfItems: "2" is not a Integer',
    ])
  })

  it('should read types from the vocabulary it is given', () => {
    const narrower: Vocabulary = structuredClone(vocabulary)
    delete narrower.properties.headline
    expect(validateJsonLd(valid, narrower)).toEqual(['headline: unknown property'])
  })
})

/** `id` as `toHtml`'s selectors escape it, for the ids of the fixture (ASCII and kana). */
function cssId(id: string): string {
  return /^\d/.test(id) ? `\\3${id[0]} ${id.slice(1)}` : id
}
