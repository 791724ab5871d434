/**
 * An essay written to attack the page that shows it: script tags, event handlers, `javascript:`
 * and `data:` URLs, styles, iframes and SVG, in every field that reaches the DOM. Each payload, if
 * it ran, would set `window.__pwned`.
 */
export const hostileEssay = {
  title: '<img src=x onerror="window.__pwned=\'title\'">Hostile',
  lang: 'en',
  frontmatter: {
    author: '<script>window.__pwned="author"</script>Mallory',
    url: 'javascript:window.__pwned="url"',
  },
  sections: [
    {
      id: 'attack',
      kind: 'experience',
      heading: '<script>window.__pwned="heading"</script>What happened',
      html: [
        '<p>Visible text<script>window.__pwned="script"</script></p>',
        '<img src="x" onerror="window.__pwned=\'onerror\'" alt="broken">',
        '<a href="javascript:window.__pwned=\'href\'" id="js-link">click</a>',
        '<a href=" JaVaScRiPt:window.__pwned=\'spaced\'" id="spaced-link">spaced</a>',
        '<a href="data:text/html,<script>parent.__pwned=1</script>" id="data-link">data</a>',
        '<p style="background:url(javascript:alert(1))" onclick="window.__pwned=\'click\'">styled</p>',
        '<iframe srcdoc="<script>parent.__pwned=\'iframe\'</script>"></iframe>',
        '<svg><script>window.__pwned="svg"</script><a xlink:href="javascript:alert(1)">s</a></svg>',
        '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
        '<form action="javascript:alert(1)"><button>go</button></form>',
        '<noscript><p title="</noscript><img src=x onerror=window.__pwned=\'mxss\'>"></p></noscript>',
        '<style>*{display:none}</style><template><script>window.__pwned="template"</script></template>',
        '<!-- comment --><blink>kept text</blink>',
      ].join(''),
      children: [],
    },
    {
      id: 'plan',
      kind: 'strategies',
      heading: 'Plan',
      html: '<ul><li>Be careful</li></ul>',
      items: [{title: '<img src=x onerror="window.__pwned=\'item\'">Be careful', text: '<b>x</b>'}],
      children: [],
    },
  ],
  warnings: [],
}
