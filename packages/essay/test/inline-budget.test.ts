import {readCorpus} from '@tsuzuri/corpus'
import {parseEssay} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
import {maxDefinitions, maxInlineMarkers} from '../src/lib/input/inline-budget.js'
import {fastestTime} from './fastest-time.js'

/** Dense inline markup in one paragraph: micromark's cost is per marker, about 100 µs each. */
const shapes: Record<string, string> = {
  '`[a][b] `': '[a][b] ',
  '`[a](`': '[a](',
  '`**a** `': '**a** ',
  '`` `a` ``': '`a` ',
  '`<a> &amp; \\*`': '<a> &amp; \\* ',
}

/** Real prose: the Markdown essays of the corpus, one after another. */
const prose = readCorpus()
  .filter(({file}) => file.endsWith('.md'))
  .map(({source}) => source)
  .join('\n\n')

const ofSize = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length))

describe('inline markup budget', () => {
  it('should parse dense inline markup in time comparable to prose of the same size', () => {
    const size = 256 * 1024
    const baseline = ofSize(`${prose}\n\n`, size).slice(0, size)
    parseEssay(baseline.slice(0, 20_000)) // Warm up the JIT.
    const proseTime = fastestTime(baseline, 2, parseEssay)
    for (const [name, unit] of Object.entries(shapes)) {
      const time = fastestTime(`## Notes\n\n${ofSize(unit, size)}`, 2, parseEssay)
      // Measured 0.5 to 1.3 times the prose (4 to 9 times before the budget), with both cores busy.
      expect(time / proseTime, name).toBeLessThan(2.5)
    }
  })

  it('should parse definition lines in about the time of as many lines of text', () => {
    // Blocks, not inline markup, but each costs micromark some 115 µs (a megabyte took 8 s, bare
    // `fromMarkdown` as long): past `maxDefinitions` a definition line is text. The baseline is
    // text of the same shape, whose many short lines the tagger reads as many sentences.
    const size = 256 * 1024
    const lines = `## Notes\n\n${ofSize('a1 b: /c\n', size)}`
    parseEssay(lines.slice(0, 20_000)) // Warm up the JIT.
    const linesTime = fastestTime(lines, 2, parseEssay)
    const time = fastestTime(`## Notes\n\n${ofSize('[a1]: /b\n', size)}`, 2, parseEssay)
    // Measured 1.0 to 1.4 times the text lines after, 2.2 to 2.9 before, one core free.
    expect(time / linesTime).toBeLessThan(1.8)
  })

  it('should keep the markers past the budget as text, with a `markup-budget` warning', () => {
    const unit = '[a][b] **c** `d` <e> &amp; \\* '
    const dense = ofSize(unit, 20 * maxInlineMarkers).trim()
    const input = `## Notes\n\nBefore.\n\n${dense}\n\nAfter.`
    const essay = parseEssay(input)
    expect(essay.warnings).toContainEqual({
      message: expect.stringContaining(`more than ${maxInlineMarkers.toLocaleString('en')}`),
      line: 5,
      ruleId: 'markup-budget',
    })
    const text = essay.sections[0]?.text ?? ''
    // Past the budget, nothing is markup any more: the author's characters, as written.
    expect(text.endsWith(`${unit.repeat(4).trim()}\n\nAfter.`)).toBe(true)
    expect(JSON.stringify(essay)).not.toMatch(/[\uE000-\uF8FF]/)
  })

  it('should read the first definitions as definitions and keep the rest as text, with a `definition-budget` warning', () => {
    const definitions = Array.from(
      {length: maxDefinitions + 5},
      (_, index) => `[n${index}]: https://example.com/${index}`,
    )
    const last = maxDefinitions - 1
    const input = `## Notes\n\nSee [n0], [n${last}] and [n${maxDefinitions + 2}].\n\n${definitions.join('\n')}\n`
    const essay = parseEssay(input)
    expect(essay.warnings).toContainEqual({
      message: expect.stringContaining(
        `more than ${maxDefinitions.toLocaleString('en')} link reference definitions`,
      ),
      line: 5 + maxDefinitions,
      ruleId: 'definition-budget',
    })
    const html = essay.sections[0]?.html ?? ''
    // Every definition within the budget still resolves; one past it is the author's text.
    expect(html).toContain('<a href="https://example.com/0">n0</a>')
    expect(html).toContain(`<a href="https://example.com/${last}">n${last}</a>`)
    expect(essay.warnings.map((warning) => warning.ruleId)).not.toContain('bracket-run')
    expect(html).toContain(`[n${maxDefinitions + 2}]`)
    expect(essay.sections[0]?.text).toContain(
      `[n${maxDefinitions + 4}]: https://example.com/${maxDefinitions + 4}`,
    )
    expect(JSON.stringify(essay)).not.toMatch(/[\uE000-\uF8FF]/)
  })

  it('should leave the outline alone: headings, lists, quotes and code after the budget', () => {
    const dense = ofSize('*a* ', 5 * maxInlineMarkers).trim()
    const input = [
      '# Title',
      '',
      dense,
      '',
      '## What helped',
      '',
      '* Ask `early`',
      '* Write it [down](https://example.com)',
      '',
      '> A *quote*',
      '',
      '```',
      'const a = [1, 2] // <b> & *c*',
      '```',
    ].join('\n')
    const essay = parseEssay(input)
    const helped = essay.sections.find((section) => section.heading === 'What helped')
    expect(helped?.html).toBe(
      '<ul>\n<li>Ask `early`</li>\n<li>Write it [down](https://example.com)</li>\n</ul>\n<blockquote>\n<p>A *quote*</p>\n</blockquote>\n<pre><code>const a = [1, 2] // &lt;b&gt; &amp; *c*\n</code></pre>',
    )
    expect(helped?.position.start.line).toBe(5)
  })

  it('should use stand-ins the essay does not use itself', () => {
    const own = '\uE000\uE001\uE002'
    const essay = parseEssay(`Mine: ${own}\n\n${ofSize('_a_ ', 4 * maxInlineMarkers)}`)
    expect(essay.sections[0]?.text.startsWith(`Mine: ${own}`)).toBe(true)
    expect(essay.sections[0]?.text.endsWith('_a_ _a_')).toBe(true)
  })
})
