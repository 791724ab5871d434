import {EssayError, parseEssay, type Section, toHtml} from '@tsuzuri/essay'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

/** Words without Markdown syntax, so a paragraph's text is exactly what was written. */
const word = fc.oneof(
  fc.stringMatching(/^[a-z]{1,8}$/),
  fc.constantFrom(
    '育休',
    '復帰',
    'しました',
    '悔しい',
    '対策',
    '😊',
    '10:30',
    'ポイント:早めに',
    'こと。',
  ),
)
const sentence = fc.array(word, {minLength: 1, maxLength: 8}).map((words) => words.join(' '))

type Block =
  | {type: 'heading'; depth: number; text: string}
  | {type: 'paragraph'; text: string}
  | {type: 'list'; items: string[]}

const block: fc.Arbitrary<Block> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('heading' as const),
      depth: fc.integer({min: 1, max: 4}),
      text: sentence,
    }),
  },
  {weight: 3, arbitrary: fc.record({type: fc.constant('paragraph' as const), text: sentence})},
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('list' as const),
      items: fc.array(sentence, {minLength: 1, maxLength: 4}),
    }),
  },
)

function toMarkdown(blocks: Block[], newline: string) {
  return blocks
    .map((item) => {
      if (item.type === 'heading') return `${'#'.repeat(item.depth)} ${item.text}`
      if (item.type === 'list') return item.items.map((text) => `- ${text}`).join(newline)
      return item.text
    })
    .join(newline + newline)
}

function flatten(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flatten(section.children)])
}

describe('nothing lost', () => {
  it('should put every block of generated Markdown in exactly one section, in order', () => {
    fc.assert(
      fc.property(
        fc.array(block, {minLength: 1, maxLength: 25}),
        fc.constantFrom('\n', '\r\n'),
        (blocks, newline) => {
          const essay = parseEssay(toMarkdown(blocks, newline), {format: 'markdown'})
          const sections = flatten(essay.sections)
          // Headings: the title (first H1 before any other block) or one section each, in order.
          const headings = blocks
            .filter((item) => item.type === 'heading')
            .map((item) => item.text.trim())
          const seen = [essay.title, ...sections.map((section) => section.heading)].filter(
            (value) => value !== null,
          )
          expect(seen).toEqual(headings)
          // Body text: each paragraph and list item appears in one section's text, in document order.
          const texts = blocks.flatMap((item) =>
            item.type === 'paragraph' ? [item.text] : item.type === 'list' ? item.items : [],
          )
          const body = sections.map((section) => section.text).join('\n\n')
          let cursor = 0
          for (const text of texts) {
            const at = body.indexOf(text.trim(), cursor)
            expect(at, `“${text}” missing or out of order`).toBeGreaterThanOrEqual(0)
            cursor = at + text.trim().length
          }
          const ids = sections.map((section) => section.id)
          expect(new Set(ids).size).toBe(ids.length)
        },
      ),
      {numRuns: 300},
    )
  })

  it('should never throw on random input, except a documented EssayError', () => {
    fc.assert(
      fc.property(
        fc.string({unit: 'binary', maxLength: 400}),
        fc.constantFrom('auto', 'markdown', 'text' as const),
        (input, format) => {
          try {
            const essay = parseEssay(input, {format})
            expect(Array.isArray(essay.sections)).toBe(true)
          } catch (error) {
            expect(error).toBeInstanceOf(EssayError)
          }
        },
      ),
      {numRuns: 500},
    )
  })

  it('should keep confidence within 0–1 and give reasons for every section', () => {
    fc.assert(
      fc.property(fc.array(block, {minLength: 1, maxLength: 15}), (blocks) => {
        for (const section of flatten(parseEssay(toMarkdown(blocks, '\n')).sections)) {
          expect(section.confidence).toBeGreaterThanOrEqual(0)
          expect(section.confidence).toBeLessThanOrEqual(1)
          expect(section.reasons.length).toBeGreaterThan(0)
        }
      }),
      {numRuns: 200},
    )
  })
})

describe('large and hostile input', () => {
  it('should parse very long lines and long runs without hanging', () => {
    const longLine = 'a'.repeat(200_000)
    const japanese = 'あ'.repeat(100_000)
    const essay = parseEssay(
      `## ${'x'.repeat(5000)}\n\n${longLine}\n\n${japanese}\n\n${'ed '.repeat(50_000)}`,
    )
    expect(essay.sections[0]?.text.length).toBeGreaterThan(300_000)
  })

  it('should handle deeply nested quotes and lists', () => {
    const essay = parseEssay(
      `${'> '.repeat(500)}deep\n\n${'  '.repeat(0)}- a\n${'    - b\n'.repeat(1)}`,
    )
    expect(essay.sections[0]?.text).toContain('deep')
  })

  it('should keep the words of thousands of nested lists, quotes and emphases, with a warning', () => {
    for (const input of [
      // micromark itself slows down quadratically with nested lists: enough to pass the limit.
      `${'> '.repeat(8000)}quote words`,
      `${'- '.repeat(600)}list words`,
      `${'*'.repeat(1500)}stars${'*'.repeat(1500)}`,
      `# T\n\n## Tips\n\n${'> - '.repeat(400)}**mixed** words`,
    ]) {
      const essay = parseEssay(input)
      const last = essay.sections.at(-1)
      const words =
        input
          .replace(/[-*>#\d.\s]+/g, ' ')
          .trim()
          .split(' ')
          .at(-1) ?? ''
      expect(last?.text).toContain(words)
      expect(last?.html).toContain(words)
      expect(() => toHtml(essay)).not.toThrow()
      // Past 32 markers on a line the markers stay text (markup limits); past 48 levels, the
      // tree is flattened: either way the author is told.
      expect(essay.warnings.map((warning) => warning.message)).toContainEqual(
        expect.stringMatching(/nested more than 48 levels|more than 32 quotes or lists/),
      )
    }
  })
})
