import {afterEach, describe, expect, it} from 'vitest'
import {cleanup, container} from '../test-utils/index.js'
import {hasVisibleChildren, inlineKey, inlineSource} from './inline.js'
import {dedent} from './markdown.js'

afterEach(cleanup)

describe('dedent', () => {
  it('should remove the indentation every line shares, and blank lines around', () => {
    expect(dedent('\n    # T\n\n      code\n    text\n  ')).toBe('# T\n\n  code\ntext')
  })
})

describe('inlineSource', () => {
  it('should prefer embedded JSON, then a Markdown or text script', () => {
    const div = container()
    div.innerHTML = '<script type="text/plain">x</script>'
    expect(inlineSource(div)).toEqual({type: 'markdown', text: 'x', format: 'text'})
    div.innerHTML =
      '<script type="text/markdown"># x</script><article><script type="application/json" data-tsuzuri-essay>{}</script></article>'
    expect(inlineSource(div)).toEqual({type: 'json', text: '{}'})
    div.innerHTML =
      '<script type="application/json">{}</script><div><script type="text/markdown">nested</script></div>'
    expect(inlineSource(div)).toBeNull()
  })
})

describe('inlineKey', () => {
  it('should be short, and change with the text, its format or its type', () => {
    const text = '# Back at work\n\n'.repeat(10_000)
    const key = inlineKey({type: 'markdown', text, format: 'auto'})
    expect(key.length).toBeLessThan(40)
    expect(inlineKey({type: 'markdown', text, format: 'auto'})).toBe(key)
    const edited = `${text.slice(0, 5000)}x${text.slice(5001)}`
    expect(inlineKey({type: 'markdown', text: edited, format: 'auto'})).not.toBe(key)
    expect(inlineKey({type: 'markdown', text, format: 'text'})).not.toBe(key)
    expect(inlineKey({type: 'json', text})).not.toBe(key)
  })
})

describe('hasVisibleChildren', () => {
  it('should see elements and text, not scripts, comments or whitespace', () => {
    const div = container()
    div.innerHTML = ' <script type="text/markdown">x</script><!-- c --> '
    expect(hasVisibleChildren(div)).toBe(false)
    div.append('text')
    expect(hasVisibleChildren(div)).toBe(true)
  })
})
