import {afterEach, describe, expect, it} from 'vitest'
import {hostileEssay} from '../../test/hostile.js'
import {cleanup, mount, next, shadow} from '../test-utils/index.js'
import {isSafeUrl, sanitizeHtml} from './sanitize.js'

declare global {
  interface Window {
    __pwned?: unknown
  }
}

afterEach(() => {
  cleanup()
  window.__pwned = undefined
})

describe('sanitizeHtml', () => {
  it('should keep the elements and attributes of the allowlist', () => {
    const html =
      '<p>A <strong>b</strong> <em>c</em> <code>d</code> <del>e</del><br><a href="https://x.example/" title="t">l</a></p>' +
      '<ol start="3"><li>i</li></ol><ul><li>u</li></ul><blockquote><p>q</p></blockquote><pre><code>p</code></pre><hr>' +
      '<img src="/a.png" alt="A" title="T"><h3>h</h3>'
    expect(sanitizeHtml(html)).toBe(
      html.replace(
        '<img src="/a.png" alt="A" title="T">',
        '<img src="/a.png" alt="A" title="T" loading="lazy">',
      ),
    )
  })

  it('should drop script, style, iframe, object, template, SVG and MathML with their content', () => {
    expect(
      sanitizeHtml(
        '<p>a</p><script>alert(1)</script><style>p{}</style><iframe src="/x"></iframe><object data="x">o</object>' +
          '<template><p>t</p></template><svg><text>s</text></svg><math><mi>m</mi></math><noscript>n</noscript><p>b</p>',
      ),
    ).toBe('<p>a</p><p>b</p>')
  })

  it('should keep the text of unknown elements and drop comments', () => {
    expect(
      sanitizeHtml('<div><span class="x">kept</span> <blink>too</blink></div><!-- gone -->'),
    ).toBe('kept too')
  })

  it('should drop event handlers, styles, ids and classes', () => {
    expect(
      sanitizeHtml('<p onclick="x()" style="color:red" id="i" class="c" data-x="1">t</p>'),
    ).toBe('<p>t</p>')
  })

  it('should drop links and images to other protocols than the allowlist’s', () => {
    expect(
      sanitizeHtml(
        '<a href="javascript:alert(1)">1</a><a href=" JAVASCRIPT:alert(1)">2</a><a href="java\tscript:alert(1)">3</a>' +
          '<a href="data:text/html,x">4</a><a href="vbscript:x">5</a><img src="data:image/png;base64,AA" alt="d">',
      ),
    ).toBe('<a>1</a><a>2</a><a>3</a><a>4</a><a>5</a><img alt="d" loading="lazy">')
  })

  it('should keep relative, http(s) and mailto links', () => {
    const html =
      '<a href="/p">1</a><a href="#s">2</a><a href="?q=a:b">3</a><a href="mailto:a@b.example">4</a><a href="http://x.example">5</a>'
    expect(sanitizeHtml(html)).toBe(html)
  })
})

describe('isSafeUrl', () => {
  it('should accept relative URLs and the given protocols only', () => {
    expect(isSafeUrl('a/b:c', ['https'])).toBe(true)
    expect(isSafeUrl('HTTPS://x', ['https'])).toBe(true)
    expect(isSafeUrl('http://x', ['https'])).toBe(false)
    expect(isSafeUrl('javascript:x', ['https'])).toBe(false)
  })
})

describe('<tsuzuri-essay> with a hostile essay', () => {
  it('should run nothing and link nowhere dangerous, from the `essay` property', async () => {
    const element = await mount(
      '<tsuzuri-essay show="experience strategies" selected="experience"></tsuzuri-essay>',
    )
    element.essay = structuredClone(hostileEssay) as never
    await element.updateComplete
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(window.__pwned).toBeUndefined()
    const root = shadow(element)
    for (const link of root.querySelectorAll('a'))
      expect(link.getAttribute('href') ?? '').not.toMatch(/script|data:/i)
    for (const node of root.querySelectorAll('*')) {
      expect(node.localName).not.toMatch(
        /^(?:script|iframe|style|svg|math|form|object|template|noscript)$/,
      )
      for (const attribute of node.attributes) expect(attribute.name).not.toMatch(/^on|^style$/)
    }
    expect(root.querySelector('[part="title"]')?.textContent).toBe(hostileEssay.title)
    expect(root.querySelector('.content')?.textContent).toContain('Visible text')
    expect(root.querySelector('.content')?.textContent).toContain('kept text')
  })

  it('should run nothing from JSON fetched with `src`', async () => {
    const element = await mount('<tsuzuri-essay src="/__fixtures/hostile"></tsuzuri-essay>')
    await next(element, 'tsuzuri-load')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(window.__pwned).toBeUndefined()
    expect(shadow(element).querySelectorAll('script, img[onerror], [style]')).toHaveLength(0)
  })

  it('should run nothing from raw HTML in Markdown', async () => {
    const element = await mount(`<tsuzuri-essay><script type="text/markdown">
## What happened

<img src=x onerror="window.__pwned='md'"> <a href="javascript:window.__pwned='md'">x</a>

[link](javascript:window.__pwned='md') <iframe src="javascript:parent.__pwned='md'"></iframe>
</script></tsuzuri-essay>`)
    await next(element, 'tsuzuri-load')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(window.__pwned).toBeUndefined()
    expect(
      shadow(element).querySelectorAll('iframe, img[onerror], a[href^="javascript"]'),
    ).toHaveLength(0)
  })
})
