import {parseEssay} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
import {limitLines, maxMarkdownLines} from '../src/lib/input/line-limit.js'
import {fastestTime} from './fastest-time.js'

/**
 * micromark's cost is per line and per block (issue 9 §2: “a few seconds per MB for any
 * input”): before the line limit, a megabyte of one-character paragraphs took 28 s, of `- a`
 * lines 39 s, of `a` lines 50 s, against 2 s for a megabyte of prose.
 */
const tinyLines: Record<string, string> = {
  'one-character paragraphs': 'a\n\n',
  'one-character lines': 'a\n',
  '`- - a` lines': '- - a\n',
  'headings `# h`': '# h\n',
}
const prose = 'I went back to work after a long year away, and nothing was where I left it.\n\n'

function ofSize(unit: string, size: number) {
  return unit.repeat(Math.ceil(size / unit.length))
}

const timeOf = (input: string) => fastestTime(input, 2, parseEssay)

describe('the line limit (micromark reads at most `maxMarkdownLines` lines)', () => {
  const megabyte = 1 << 20
  parseEssay(ofSize(prose, 64 * 1024)) // Warm up the JIT.
  const proseTime = timeOf(ofSize(prose, megabyte))

  for (const [name, unit] of Object.entries(tinyLines)) {
    it(`should parse a megabyte of ${name} in time of the order of a megabyte of prose`, () => {
      const time = timeOf(ofSize(unit, megabyte))
      // Measured 1.7× to 5.4× the time of prose; before the limit, 14× to 50×.
      expect(time / proseTime).toBeLessThan(10)
    })
  }

  it('should grow at most linearly past the limit (1×, 4×, 16×)', () => {
    const [one, , sixteen] = [1, 4, 16].map((scale) =>
      timeOf(ofSize('a\n\n', 64 * 1024 * scale)),
    ) as [number, number, number]
    // Linear is 16; the limit makes it less (micromark stops at the same line at every size).
    expect(sixteen / one).toBeLessThan(16)
  })

  it('should keep the text past the limit as text, with a `long-input` warning at its line', () => {
    const lines = Array.from({length: maxMarkdownLines + 500}, (_, index) => `- item ${index + 1}`)
    const input = `# Notes\n\n${lines.join('\n')}\n`
    const essay = parseEssay(input)
    const cutLine = maxMarkdownLines + 1
    expect(essay.warnings).toContainEqual({
      message: expect.stringContaining(`from line ${cutLine} on is kept as plain text`),
      line: cutLine,
      ruleId: 'long-input',
    })
    const text = essay.sections.map((section) => section.text).join('\n')
    // Nothing is lost: the items micromark read, and the lines after the cut as they were.
    expect(text).toContain('item 1\n')
    expect(text).toContain(`item ${maxMarkdownLines - 2}`)
    expect(text).toContain(`- item ${maxMarkdownLines - 1}\n- item ${maxMarkdownLines}`)
    expect(text.endsWith(`- item ${maxMarkdownLines + 500}`)).toBe(true)
  })

  it('should cut after the last blank line before the limit, so no paragraph is split', () => {
    const input = `${'one\ntwo\nthree\n\n'.repeat(10)}end`
    const {markdown, rest, warning} = limitLines(input, 10)
    expect(markdown).toBe('one\ntwo\nthree\n\none\ntwo\nthree\n\n')
    expect(rest).toEqual({value: input.slice(markdown.length), offset: markdown.length, line: 9})
    expect(warning?.line).toBe(9)
    expect(limitLines('a\r\nb\r\n\r\nc\rd', 3)).toMatchObject({
      markdown: 'a\r\nb\r\n\r\n',
      rest: {value: 'c\rd', offset: 8, line: 4},
    })
  })

  it('should leave `maxMarkdownLines` lines whole; past them, end the kept text where the input ends', () => {
    expect(limitLines('a\n'.repeat(10), 10)).toEqual({markdown: 'a\n'.repeat(10)})
    const input = `## Notes\n\n${'a\n\n'.repeat(maxMarkdownLines)}The last line.\nReally.`
    const essay = parseEssay(input)
    const last = essay.sections.at(-1)
    expect(last?.text.endsWith('The last line.\nReally.')).toBe(true)
    expect(last?.position?.end).toEqual({line: input.split('\n').length, column: 8})
  })
})
