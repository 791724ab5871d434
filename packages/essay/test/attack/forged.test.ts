import {type Essay, toHtml} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
import {forgedEssays} from './forged.js'
import {findExecutable} from './inert.js'

// Issue 9 §5: forged JSON essays in Node. `toHtml` inserts each `section.html` as it is (it was
// sanitized by `parseEssay`; docs/security.md says to call it only on essays parsed in the same
// process), so what is checked here is everything else `toHtml` writes: the title, headings, ids,
// kinds and lang are escaped, and a forged shape gets a TypeError, never a hang, a stack overflow
// or a crash of another kind. The element, which does sanitize forged HTML, gets the same essays
// in Chromium (packages/embed/test/attack/).

/** Empty every `html` of `value`, in place and without recursion (one is 20,000 levels deep). */
function withoutHtml(value: unknown): unknown {
  const stack: unknown[] = [value]
  const seen = new Set<unknown>()
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null || typeof node !== 'object' || seen.has(node)) continue
    seen.add(node)
    const record = node as Record<string, unknown>
    if (typeof record.html === 'string') record.html = ''
    for (const child of Object.values(record)) stack.push(child)
  }
  return value
}

describe('forged JSON essays through toHtml', () => {
  for (const [name, forged] of Object.entries(forgedEssays)) {
    it(`should escape what it writes itself, or throw a TypeError: ${name}`, () => {
      let html: string
      try {
        html = toHtml(withoutHtml(forged) as Essay, {embedData: true})
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError)
        return
      }
      expect(findExecutable(html)).toEqual([])
    })
  }

  it('should throw a TypeError for cyclic sections, not loop', () => {
    const looped = {id: 'a', kind: 'other', heading: 'a', html: '', children: [] as unknown[]}
    looped.children.push(looped)
    const essay = {title: null, lang: 'en', frontmatter: {}, sections: [looped], warnings: []}
    expect(() => toHtml(essay as unknown as Essay)).toThrow(TypeError)
  })
})
