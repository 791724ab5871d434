import * as essay from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'

describe('@tsuzuri/essay', () => {
  it('should expose the public api', () => {
    expect(Object.keys(essay).sort()).toEqual([
      'EssayError',
      'buildCollection',
      'htmlAllowlist',
      'isKind',
      'kinds',
      'parseEssay',
      'remarkEssay',
      'safeUrl',
      'sanitizeSchema',
      'toHtml',
    ])
  })

  it('should list the seven kinds', () => {
    expect(essay.kinds).toEqual([
      'intro',
      'background',
      'experience',
      'feelings',
      'strategies',
      'conclusion',
      'other',
    ])
    expect(essay.isKind('strategies')).toBe(true)
    expect(essay.isKind('tips')).toBe(false)
  })

  it('should throw a precise TypeError for a non-string input', () => {
    expect(() => essay.parseEssay(42 as unknown as string)).toThrow(
      new TypeError('Expected `input` to be a string, not `number`'),
    )
    expect(() => essay.parseEssay(undefined as unknown as string)).toThrow(
      'Expected `input` to be a string, not `undefined`',
    )
  })

  it('should throw a precise TypeError for bad options', () => {
    expect(() => essay.parseEssay('', 'ja' as never)).toThrow(
      'Expected `options` to be an object, not `"ja"`',
    )
    expect(() => essay.parseEssay('', {format: 'docx' as never})).toThrow(
      "Expected `options.format` to be `'auto'`, `'markdown'`, `'text'` or `'html'`, not `\"docx\"`",
    )
    expect(() => essay.parseEssay('', {lang: ''})).toThrow('Expected `options.lang`')
    expect(() => essay.parseEssay('', {idPrefix: 3 as never})).toThrow(
      'Expected `options.idPrefix`',
    )
    expect(() => essay.toHtml(null as never)).toThrow(TypeError)
    expect(() => essay.toHtml(essay.parseEssay('hi'), {headingLevel: 9})).toThrow(
      'Expected `options.headingLevel` to be an integer from 1 to 6, not `9`',
    )
    expect(() => essay.toHtml(essay.parseEssay('hi'), {headingLevel: '2' as never})).toThrow(
      'Expected `options.headingLevel` to be an integer from 1 to 6, not `"2"`',
    )
    expect(() => essay.parseEssay('', [] as never)).toThrow(
      'Expected `options` to be an object, not `array`',
    )
    expect(() => essay.toHtml(essay.parseEssay('hi'), 'x' as never)).toThrow(
      'Expected `options` to be an object, not `"x"`',
    )
    expect(() => essay.toHtml(essay.parseEssay('hi'), {embedData: 'yes' as never})).toThrow(
      'Expected `options.embedData` to be a boolean, not `"yes"`',
    )
  })

  it('should say an object is not an Essay instead of failing inside toHtml', () => {
    const message = 'Expected `essay` to be an Essay returned by `parseEssay`'
    expect(() => essay.toHtml({sections: []} as never)).toThrow(message)
    const broken = essay.parseEssay('## A\n\n### B\n\nText.')
    ;(broken.sections[0]?.children[0] as {id: unknown}).id = 7
    expect(() => essay.toHtml(broken)).toThrow(message)
  })

  it('should accept null and undefined options', () => {
    expect(essay.parseEssay('Hello.', null).sections).toHaveLength(1)
    expect(essay.parseEssay('Hello.', undefined).sections).toHaveLength(1)
  })
})
