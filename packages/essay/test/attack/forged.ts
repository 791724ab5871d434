import {htmlVectors} from './vectors.js'

/**
 * Essays written by hand, not by `parseEssay`: JSON on a server an attacker controls. Each would
 * run `alert(1)` (or set `__pwned`) if any field reached the page as HTML.
 *
 * This module imports nothing but the vectors: `packages/embed/test/attack/` serves the same essays.
 */

const section = (fields: Record<string, unknown>) => ({
  id: 'a',
  kind: 'experience',
  heading: 'Heading',
  text: 'Text',
  html: '<p>Text</p>',
  children: [],
  ...fields,
})

const essay = (sections: unknown, fields: Record<string, unknown> = {}) => ({
  title: 'Forged',
  lang: 'en',
  frontmatter: {},
  sections,
  warnings: [],
  ...fields,
})

const script = '<img src=x onerror=alert(1)><script>alert(1)</script>'

/** Name → the forged essay, as JSON would carry it. */
export const forgedEssays: Record<string, unknown> = {
  'every raw HTML vector as a section’s html': essay(
    Object.entries(htmlVectors).map(([name, html], index) =>
      section({id: `v${index}`, heading: name, html}),
    ),
  ),
  'HTML in the title, headings, ids, kinds, lang, items, reasons and frontmatter': essay(
    [
      section({
        id: `"><svg onload=alert(1)>`,
        kind: `experience" onmouseover="alert(1)`,
        heading: script,
        text: script,
        reasons: [script, {toString: script}],
        confidence: script,
        items: [{title: script, text: script}],
        children: [
          section({id: 'b', kind: 'strategies', heading: script, items: [{title: script}]}),
        ],
      }),
    ],
    {
      title: script,
      lang: `en" onfocus="alert(1)`,
      frontmatter: {author: script, date: `2024-01-01${script}`, url: 'javascript:alert(1)'},
      warnings: [{message: script, line: script}],
    },
  ),
  'a scheme-relative attribution url': essay([section({})], {
    frontmatter: {author: 'A', url: '//evil.example/x'},
  }),
  'extra properties everywhere, prototype keys included': JSON.parse(
    JSON.stringify(
      essay([section({onclick: 'alert(1)', style: 'x', attributes: {onload: 'alert(1)'}})], {
        onload: 'alert(1)',
        innerHTML: script,
      }),
    ).replace(
      '{',
      '{"__proto__":{"polluted":true,"html":"<img src=x onerror=alert(1)>"},"constructor":{"prototype":{"polluted":true}},',
    ),
  ),
  'wrong types in every field': essay(
    [
      section({id: 42, kind: ['experience'], heading: 42, text: null, html: 42, children: 'x'}),
      section({html: {toString: script}, items: 'x', children: [null, 1, 'x', [script]]}),
      null,
      script,
      [script],
    ],
    {title: {toString: script}, lang: ['en'], frontmatter: script, warnings: 'x'},
  ),
  'sections that are not a list': essay(script),
  'a body that is not an essay': [script],
  'huge strings': essay(
    [
      section({heading: 'h'.repeat(1_000_000), html: `<p>${'a'.repeat(2_000_000)}</p>`}),
      section({id: 'deep', html: `${'<em>'.repeat(100_000)}deep${script}`}),
    ],
    {title: 't'.repeat(1_000_000)},
  ),
  'many sections': essay(
    Array.from({length: 2000}, (_, index) => section({id: `s${index}`, html: script})),
  ),
  // `JSON.stringify` itself overflows the stack at a few thousand levels: written as text.
  'children 20,000 levels deep': JSON.parse(deepJson(20_000)),
}

/** An essay whose one section has `depth` levels of children, as JSON text. */
function deepJson(depth: number): string {
  const open = '{"id":"d","kind":"other","heading":"d","text":"","html":"<p>d</p>","children":['
  return `{"title":"Deep","lang":"en","frontmatter":{},"warnings":[],"sections":[${open.repeat(depth)}${']}'.repeat(depth)}]}`
}

/** A forged essay as the JSON a server sends. */
export function forgedJson(name: string): string {
  if (name === 'children 20,000 levels deep') return deepJson(20_000)
  return JSON.stringify(forgedEssays[name])
}
