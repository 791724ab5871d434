import {EssayError, parseEssay, type Section, toHtml} from '@tsuzuri/essay'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findExecutable} from './inert.js'
import {htmlVectors} from './vectors.js'

// Issue 9 §5: a bounded fuzz of hostile Markdown-ish essays, in every `pnpm test` (300 runs);
// `pnpm fuzz` runs the same properties 20,000 times (`vitest --mode fuzz`), or `FUZZ_RUNS` times.

const long = (import.meta as unknown as {env: {MODE?: string}}).env.MODE === 'fuzz'
const numRuns = Number(process.env.FUZZ_RUNS) || (long ? 20_000 : 300)

/**
 * Each marker (`q<n>q`, numbered when the essay is written) is one piece of the author's text.
 * Wrappers are Markdown and raw HTML an author (or attacker) puts around text: the text must stay.
 */
const wrappers: ((text: string) => string)[] = [
  (text) => text,
  (text) => `*${text}*`,
  (text) => `**${text}**`,
  (text) => `_${text}_`,
  (text) => `~~${text}~~`,
  (text) => `\`${text}\``,
  (text) => `[${text}](https://e.example/a)`,
  (text) => `[${text}](javascript:alert(1))`,
  (text) => `[${text}](<java\tscript:alert(1)>)`,
  (text) => `[${text}](&#106;avascript:alert(1) "t")`,
  (text) => `[${text}][nowhere]`,
  (text) => `[${text}][bad]`,
  (text) => `![${text}](data:image/svg+xml,x)`,
  (text) => `<b onclick=alert(1)>${text}</b>`,
  (text) => `<a href="javascript:alert(1)">${text}</a>`,
  (text) => `${text}<img src=x onerror=alert(1)>`,
  (text) => `<https://e.example/${text}>`,
  (text) => `<span style="x" onmouseover="alert(1)">${text}</span>`,
  (text) => `${text}<br>`,
  (text) => `\\*${text}`,
]

/** Markup without text of its own, between the author's words. */
const noise = fc.constantFrom(
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '`',
  '&',
  '&amp;',
  '&#0;',
  '\\',
  '|',
  '#',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '<style>*{}</style>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<!-- c -->',
  '<img src=x onerror=alert(1)>',
  '&#106;avascript&#58;',
)

type Unit = {wrapper: number} | {noise: string}
const unit: fc.Arbitrary<Unit> = fc.oneof(
  {weight: 3, arbitrary: fc.nat({max: wrappers.length - 1}).map((wrapper) => ({wrapper}))},
  {weight: 1, arbitrary: noise.map((text) => ({noise: text}))},
)
const units = fc.array(unit, {minLength: 1, maxLength: 6})

type Block =
  | {type: 'paragraph' | 'quote' | 'code'; units: Unit[]}
  | {type: 'heading'; depth: number; units: Unit[]}
  | {type: 'list'; ordered: boolean; items: Unit[][]}
  | {type: 'html'; html: string}
  | {type: 'definition'}

const block: fc.Arbitrary<Block> = fc.oneof(
  {weight: 4, arbitrary: fc.record({type: fc.constant('paragraph' as const), units})},
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('heading' as const),
      depth: fc.integer({min: 1, max: 6}),
      units,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('list' as const),
      ordered: fc.boolean(),
      items: fc.array(units, {minLength: 1, maxLength: 3}),
    }),
  },
  {weight: 1, arbitrary: fc.record({type: fc.constant('quote' as const), units})},
  {weight: 1, arbitrary: fc.record({type: fc.constant('code' as const), units})},
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...Object.values(htmlVectors))
      .map((html) => ({type: 'html' as const, html})),
  },
  {weight: 1, arbitrary: fc.constant({type: 'definition' as const})},
)

/** The essay's Markdown, and the markers it holds. */
function write(blocks: Block[], separator: string): {markdown: string; markers: string[]} {
  const markers: string[] = []
  // A line starts with a plain word: one that starts with `<style>` would be an HTML block,
  // where `<https://…>` is a tag, as in a browser, and not an autolink.
  const line = (list: Unit[]) =>
    [{wrapper: 0}, ...list]
      .map((item) => {
        if ('noise' in item) return item.noise
        const marker = `q${markers.length}q`
        markers.push(marker)
        return (wrappers[item.wrapper] as (text: string) => string)(marker)
      })
      .join(' ')
  const markdown = blocks
    .map((item) => {
      switch (item.type) {
        case 'paragraph':
          return line(item.units)
        case 'heading':
          return `${'#'.repeat(item.depth)} ${line(item.units)}`
        case 'quote':
          return `> ${line(item.units)}`
        case 'code':
          return `\`\`\`\n${line(item.units)}\n\`\`\``
        case 'list':
          return item.items
            .map((units, index) => `${item.ordered ? `${index + 1}.` : '-'} ${line(units)}`)
            .join('\n')
        case 'html':
          return item.html
        default:
          return '[bad]: javascript:alert(1) "t"'
      }
    })
    .join(separator)
  return {markdown, markers}
}

const flatten = (sections: Section[]): Section[] =>
  sections.flatMap((section) => [section, ...flatten(section.children)])

const occurrences = (text: string, marker: string) => text.split(marker).length - 1

describe(`fuzz: hostile Markdown-ish essays (${numRuns} runs)`, () => {
  it(
    'should never throw but EssayError, keep each piece of text in exactly one place, and write nothing executable',
    () => {
      fc.assert(
        fc.property(
          fc.array(block, {minLength: 1, maxLength: 12}),
          fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n'),
          fc.constantFrom('auto', 'markdown' as const),
          (blocks, separator, format) => {
            const {markdown, markers} = write(blocks, separator)
            let essay: ReturnType<typeof parseEssay>
            try {
              essay = parseEssay(markdown, {format})
            } catch (error) {
              expect(error).toBeInstanceOf(EssayError)
              return
            }
            // Every marker lands once: in the title, one heading or one section's text.
            const places = [
              essay.title ?? '',
              ...flatten(essay.sections).flatMap((section) => [
                section.heading ?? '',
                section.text,
              ]),
            ]
            for (const marker of markers) {
              const count = places.reduce((sum, place) => sum + occurrences(place, marker), 0)
              expect(count, `${marker} in ${JSON.stringify(markdown)}`).toBe(1)
            }
            const html = toHtml(essay, {embedData: true})
            expect(html).not.toMatch(/<script(?! type="application\/json" data-tsuzuri-essay>)/i)
            expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]*\s*=/i)
            expect(html).not.toMatch(/<[a-z][^>]*=\s*"?\s*javascript:/i)
            expect(findExecutable(html), markdown).toEqual([])
          },
        ),
        {numRuns},
      )
    },
    long ? 0 : 60_000,
  )
})
