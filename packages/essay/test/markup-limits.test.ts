import {parseEssay} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
import {
  guardMarkup,
  maxLineMarkers,
  maxParagraphBrackets,
  maxParagraphEmphasis,
} from '../src/lib/input/markup-limits.js'
import {fastestTime} from './fastest-time.js'

/**
 * Inputs micromark takes time out of proportion to their size for (issue 9 §2). Each is made at
 * 1×, 4× and 16× its base size; linear time grows 16×, quadratic 256×.
 */
const shapes: Record<string, (scale: number) => string> = {
  '`- ` repeated on one line, then a word': (scale) => `${'- '.repeat(2000 * scale)}x`,
  '`[a](` repeated': (scale) => '[a]('.repeat(1000 * scale),
  '`[a][b] ` repeated': (scale) => '[a][b] '.repeat(600 * scale),
  '`>` × i on line i': (scale) =>
    Array.from({length: 100 * Math.sqrt(scale)}, (_, index) => '>'.repeat(index + 1)).join('\n'),
}

const timeOf = (input: string) => fastestTime(input, 3, parseEssay)

describe('markup limits (guarded before micromark)', () => {
  for (const [name, make] of Object.entries(shapes)) {
    it(`should parse ${name} in time that grows about linearly with its size`, () => {
      const inputs = [1, 4, 16].map(make)
      expect((inputs[2]?.length ?? 0) / (inputs[0]?.length ?? 1)).toBeCloseTo(16, 0)
      parseEssay(inputs[0] as string) // Warm up the JIT.
      const [one, , sixteen] = inputs.map(timeOf) as [number, number, number]
      // Linear is 16; quadratic is 256. Leave room for a noisy machine and a small 1× time.
      expect(sixteen / Math.max(one, 5)).toBeLessThan(48)
    })
  }

  it('should keep markers past the limit on a line as text, with a `deep-markers` warning', () => {
    const input = `${'- '.repeat(200)}x`
    const essay = parseEssay(input)
    expect(essay.warnings).toContainEqual({
      message: expect.stringContaining(`more than ${maxLineMarkers} quotes or lists`),
      line: 1,
      ruleId: 'deep-markers',
    })
    const text = essay.sections.map((section) => section.text).join('\n')
    expect(text).toContain(`${'- '.repeat(200 - maxLineMarkers)}x`)
  })

  it('should keep `]` past the limit in a paragraph as text, with a `bracket-run` warning', () => {
    const input = `## Notes\n\n${'[a][b] '.repeat(400).trim()}\n\nAfter.`
    const essay = parseEssay(input)
    expect(essay.warnings).toEqual([
      {
        message: expect.stringContaining(`past the ${maxParagraphBrackets} a paragraph may hold`),
        line: 3,
        ruleId: 'bracket-run',
      },
    ])
    expect(essay.sections[0]?.text).toBe(`${'[a][b] '.repeat(400).trim()}\n\nAfter.`)
  })

  it('should count `]` per paragraph, so many short paragraphs with links keep them all', () => {
    const input = Array.from({length: 200}, () => '[a](https://example.com/a) [b][c]').join('\n\n')
    const essay = parseEssay(`${input}\n\n[c]: https://example.com/c`)
    expect(essay.warnings).toEqual([])
    expect(essay.sections[0]?.html.match(/<a /g)).toHaveLength(400)
  })

  it('should parse `*a* ` repeated in one paragraph in time that grows about linearly', () => {
    // micromark splices the paragraph's events for each pair of emphasis it matches: 512 KB
    // took 69 s. Measured from 1× (20 KB) to 16×: 89× before the limit, 15× after it.
    const make = (scale: number) => '*a* '.repeat(5000 * scale)
    parseEssay(make(1)) // Warm up the JIT.
    const [one, sixteen] = [1, 16].map((scale) => timeOf(make(scale))) as [number, number]
    expect(sixteen / Math.max(one, 5)).toBeLessThan(48)
  })

  it('should keep `*` and `_` past the limit in a paragraph as text, with an `emphasis-run` warning', () => {
    const pairs = maxParagraphEmphasis / 2
    const input = `## Notes\n\n${'*a* '.repeat(pairs + 10).trim()}\n\n* list item with _one_ word\n\n---`
    const essay = parseEssay(input)
    expect(essay.warnings).toEqual([
      {
        message: expect.stringContaining(`past the ${maxParagraphEmphasis} a paragraph may hold`),
        line: 3,
        ruleId: 'emphasis-run',
      },
    ])
    const html = essay.sections[0]?.html ?? ''
    // The pairs within the allowance stay emphasis, the rest are text; the next paragraph's
    // list marker, its emphasis and the thematic break are untouched.
    expect(html.match(/<em>a<\/em>/g)).toHaveLength(pairs)
    expect(html).toContain(`${'*a* '.repeat(9)}*a*</p>`)
    expect(html).toContain('<li>list item with <em>one</em> word</li>')
    expect(html).toContain('<hr')
    expect(essay.sections[0]?.text).toContain('*a* *a*')
  })

  it('should point positions into the input even on a line it escaped', () => {
    const line = `${'a] '.repeat(400)}end`
    const essay = parseEssay(`## Notes\n\n${line}`)
    expect(essay.sections[0]?.position.end).toEqual({line: 3, column: line.length + 1})
  })

  it('should leave a long thematic break, fenced code and a short list alone', () => {
    const input = `${'- '.repeat(5000)}\n\n\`\`\`\n${'] '.repeat(1000)}\n\`\`\`\n\n- a\n  - b\n    > c`
    const guarded = guardMarkup(input)
    expect(guarded.value).toBe(input)
    expect(guarded.warnings).toEqual([])
    expect(parseEssay(input).sections[0]?.html).toContain(`<pre><code>${'] '.repeat(1000)}`)
  })
})
