import {describe, expect, it} from 'vitest'
import {minifySource} from '../scripts/minify-templates.js'

/**
 * The text of the template `html\`…\`` after minifying, bindings written `#{…}` here (so that they
 * do not read as this file's own template placeholders) and in the result.
 */
const minify = (template: string) => {
  const source = `html\`${template.replaceAll('#{', '${')}\``
  return (/^html`([\s\S]*)`$/.exec(minifySource(source))?.[1] ?? '').replaceAll('${', '#{')
}

describe('minifySource (the CDN build’s template minifier)', () => {
  it('should keep one space between inline elements on separate lines', () => {
    expect(minify('<span>#{a}</span>\n    <span class="count">#{b}</span>')).toBe(
      '<span>#{a}</span> <span class="count">#{b}</span>',
    )
  })

  it('should drop whitespace with a line break next to a block element', () => {
    expect(minify('<div class="a">\n  <p>#{a}</p>\n  #{b}\n</div>')).toBe(
      '<div class="a"><p>#{a}</p>#{b}</div>',
    )
  })

  it('should keep one space between attributes on separate lines, across bindings', () => {
    expect(minify('<button type="button"\n  id=#{a}\n  @click=#{b}>#{c}</button>')).toBe(
      '<button type="button" id=#{a} @click=#{b}>#{c}</button>',
    )
  })

  it('should shorten CSS without changing it', () => {
    const css = minifySource("css`\n  /* a */\n  [part='title'] {\n    margin: 0.5em 0;\n  }\n`")
    expect(css).toBe('css` [part=title]{margin:.5em 0}`')
  })
})
