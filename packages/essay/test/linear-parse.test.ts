import {readCorpus} from '@tsuzuri/corpus'
import {parseEssay} from '@tsuzuri/essay'
import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, it} from 'vitest'
import {linearThreshold, parseMarkdownLinear} from '../src/lib/input/linear-markdown.js'
import {fastestTime} from './fastest-time.js'

/**
 * Shapes micromark parses in time that grows with the square of their size (issue 9 §2): each
 * container that closes before the end of the input copies every event parsed so far. Each is
 * made at 1×, 4× and 16× its base size; linear time grows 16×, quadratic 256×.
 */
const shapes: Record<string, (scale: number) => string> = {
  '`- - a` lines (a list of lists)': (scale) => '- - a\n'.repeat(1000 * scale),
  'many lists of one item between paragraphs': (scale) =>
    Array.from({length: 300 * scale}, (_, index) => `Paragraph ${index}.\n\n- item ${index}`).join(
      '\n\n',
    ),
  'lists nested by indentation alone': (scale) =>
    Array.from(
      {length: 400 * scale},
      (_, index) => `${'  '.repeat(index % 8)}- item ${index}`,
    ).join('\n'),
  'quotes separated by blank lines': (scale) =>
    Array.from({length: 200 * scale}, (_, index) => `> quote ${index}\n>\n> more`).join('\n\n'),
  // micromark walked back over every event of the open paragraph for each lazy line (patched
  // in `patches/micromark@4.0.3.patch`). 17 KB at 1×: over the window parser's threshold at every
  // scale, so the windows' own growth is measured too.
  'a list item followed by lazy continuation lines': (scale) =>
    `- a\n${'b\n'.repeat(8500 * scale)}`,
  'a quote followed by lazy continuation lines': (scale) => `> a\n${'b\n'.repeat(8500 * scale)}`,
  '100k headings at 16×': (scale) =>
    Array.from({length: 6250 * scale}, (_, index) => `## Heading ${index}\n`).join('\n'),
}

const timeOf = (
  input: string,
  runs: number,
  parse: (value: string) => unknown = parseMarkdownLinear,
) => fastestTime(input, runs, parse)

/** Lines that meet at a window's seams in every way that matters to micromark. */
const lines = [
  '',
  '',
  '   ',
  'para text',
  'more text [x]',
  'see [y], [x][] and [z]',
  '[x]: /url',
  '[Y]: /y "t"',
  '[x]: /again',
  '[z]:',
  '  /z',
  '"zt"',
  '- a',
  '- b',
  '* c',
  '+ d',
  '-',
  '1. e',
  '2) f',
  '10. ten',
  '  - h',
  '    - i',
  '  continued',
  '    code',
  '      code',
  '\t- tab',
  '- - a',
  '- > b',
  '> q',
  '> - qa',
  '> 2. qb',
  '> > qq',
  '>',
  'lazy',
  '```',
  '~~~',
  '  ```',
  '<div>',
  '</div>',
  '<!--',
  '-->',
  '<pre>',
  '</pre>',
  '<span>',
  '---',
  '***',
  '===',
  '# h1',
  '## h2',
  '- [q]: /in',
  'text [q]',
]

describe('parseMarkdownLinear (micromark in windows)', () => {
  it('should give the tree `fromMarkdown` gives, positions included, wherever the windows fall', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...lines), {minLength: 1, maxLength: 40}),
        fc.integer({min: 8, max: 96}),
        (picked, window) => {
          const input = picked.join('\n')
          const settings = {threshold: 0, window, maxGrowth: 1e9, maxContainers: 1e9}
          expect(parseMarkdownLinear(input, [], settings)).toEqual(fromMarkdown(input))
        },
      ),
      {numRuns: 400},
    )
  })

  it('should not start a window where micromark reads the next line by what came before', () => {
    // Found by the property above: a setext heading under a definition starts at the definition,
    // and `> 2. qb` after indented code that opens a window is a paragraph, not a list.
    for (const input of ['[x]: /url\nmore text [x]\n---\n', '>\n    code\n> 2. qb\n']) {
      for (let window = 8; window <= 24; window++) {
        const settings = {threshold: 0, window, maxGrowth: 1e9, maxContainers: 1e9}
        expect(parseMarkdownLinear(input, [], settings), `${input} / ${window}`).toEqual(
          fromMarkdown(input),
        )
      }
    }
  })

  it('should look for definition lines in linear time (container markers with runs of spaces)', () => {
    // `-    ` fifteen times then a word took 31 s in the test for a line that may start a
    // definition (each run of spaces could be split two ways); forty would take years.
    const line = `${'-    '.repeat(40)}x`
    const input = `${'Paragraph text.\n\n'.repeat(1200)}${line}\n`
    expect(input.length).toBeGreaterThan(linearThreshold)
    expect(parseMarkdownLinear(input)).toEqual(fromMarkdown(input))
    expect(parseEssay(input).sections.length).toBeGreaterThan(0)
  })

  it('should resolve a link reference whose definition is in another window', () => {
    const filler = Array.from({length: 40}, (_, index) => `Paragraph ${index}.`).join('\n\n')
    const input = `See [the notes][Notes] and [notes].\n\n${filler}\n\n[notes]: https://example.com/notes`
    const settings = {threshold: 0, window: 64, maxGrowth: 1e9, maxContainers: 1e9}
    const tree = parseMarkdownLinear(input, [], settings)
    expect(tree).toEqual(fromMarkdown(input))
    expect(JSON.stringify(tree.children[0])).toContain('"linkReference"')
  })

  it('should parse long essays to the same tree as one `fromMarkdown` call', () => {
    const essays = readCorpus()
      .filter((entry) => entry.expected.format === 'markdown')
      .map((entry) => entry.source)
    let input = ''
    for (let index = 0; input.length < 4 * linearThreshold; index++) {
      input += `${essays[index % essays.length]}\n\n`
    }
    const warnings: unknown[] = []
    expect(parseMarkdownLinear(input, warnings as never)).toEqual(fromMarkdown(input))
    expect(warnings).toEqual([])
  })

  it('should parse an input made of link definitions in about the time of one `fromMarkdown` call', () => {
    // Every window refers to definitions: the second parse, that puts the definitions a window
    // refers to before it, took each window again at twice its length (measured 2.7× the
    // time of one `fromMarkdown` call). Windows that hold every definition they use are kept.
    const input = Array.from(
      {length: 3000},
      (_, index) => `[a${index}]: b\nsee [a${index}]\n`,
    ).join('\n')
    expect(parseMarkdownLinear(input)).toEqual(fromMarkdown(input))
    const whole = timeOf(input, 2, fromMarkdown)
    const windows = timeOf(input, 2)
    // Measured 1.3× on 232 KB (2.8× before), one core free.
    expect(windows / whole).toBeLessThan(1.6)
  }, 60_000)

  for (const [name, make] of Object.entries(shapes)) {
    it(`should parse ${name} in time that grows about linearly with its size`, () => {
      const inputs = [1, 4, 16].map(make)
      const ratio = (inputs[2]?.length ?? 0) / (inputs[0]?.length ?? 1)
      expect(ratio).toBeGreaterThan(15)
      expect(ratio).toBeLessThan(18)
      parseMarkdownLinear(inputs[0] as string) // Warm up the JIT.
      const one = Math.max(timeOf(inputs[0] as string, 3), 5)
      const four = timeOf(inputs[1] as string, 1)
      const sixteen = timeOf(inputs[2] as string, 1)
      // Linear is 4 and 16; quadratic 16 and 256. Leave room for a noisy machine.
      expect(four / one).toBeLessThan(12)
      expect(sixteen / one).toBeLessThan(48)
    })
  }

  // Both builds bundle micromark with the workspace's patches (`patches/`), and the CDN parser
  // parses in one piece: the patches must keep micromark itself linear.
  // (Headings close no container: they are left out.)
  for (const [name, make] of Object.entries(shapes).filter(([name]) => !name.includes('head'))) {
    it(`should see the patched micromark parse ${name} in time that grows about linearly`, () => {
      const inputs = [1, 4, 16].map(make)
      const time = (input: string, runs: number) => timeOf(input, runs, fromMarkdown)
      fromMarkdown(inputs[0] as string)
      const one = Math.max(time(inputs[0] as string, 3), 5)
      // The fastest of two: one garbage collection in a run of a few milliseconds is noise.
      expect(time(inputs[1] as string, 2) / one).toBeLessThan(12)
      expect(time(inputs[2] as string, 2) / one).toBeLessThan(48)
    })
  }

  // Users install the built package, not this workspace: the patched micromark must be in it.
  it('should ship the patched micromark in the built package (dist/), lazy lines linear', async () => {
    const built: typeof import('@tsuzuri/essay') = await import(
      new URL('../dist/index.js', import.meta.url).href
    )
    const make = shapes['a list item followed by lazy continuation lines'] as (s: number) => string
    const inputs = [1, 4, 16].map(make)
    const time = (input: string, runs: number) => timeOf(input, runs, built.parseEssay)
    built.parseEssay(inputs[0] as string)
    const one = Math.max(time(inputs[0] as string, 3), 5)
    expect(time(inputs[1] as string, 1) / one).toBeLessThan(12)
    expect(time(inputs[2] as string, 1) / one).toBeLessThan(48)
  })

  it('should cut one huge block of nested lists where it must, keep the text, and say so', () => {
    const input = `- x\n${'  - - a\n'.repeat(4000)}`
    const essay = parseEssay(input)
    expect(essay.warnings).toContainEqual({
      message: expect.stringContaining('nested too long to parse as one block'),
      line: expect.any(Number),
      ruleId: 'long-block',
    })
    const text = essay.sections.map((section) => section.text).join('\n')
    expect(text.match(/a/g)).toHaveLength(4000)
  })
})
