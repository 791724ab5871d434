/**
 * A collection written to attack the page that shows it: markup, event handlers and scripts in
 * every string that reaches the DOM, `javascript:`, `data:`, scheme-relative and spaced URLs,
 * section ids that try to leave the `href`, a `lang` that tries to leave its attribute, and
 * entries that are not essays. Each payload, if it ran, would set `window.__pwned`.
 */
export const hostileCollection = {
  version: 1,
  essays: [
    {
      id: 'attack',
      title: '<img src=x onerror="window.__pwned=\'title\'">Hostile',
      author: '<script>window.__pwned="author"</script>Mallory',
      url: 'javascript:window.__pwned="url"',
      lang: 'en"><script>window.__pwned="lang"</script>',
      tags: ['<b onmouseover="window.__pwned=\'tag\'">tag</b>', 42, null],
      kinds: {
        strategies: [
          {
            id: 'plan',
            heading: '<script>window.__pwned="heading"</script>Plan',
            text: '<img src=x onerror="window.__pwned=\'text\'">',
            items: [
              {
                title: '<script>window.__pwned="item"</script>Be careful',
                text: '<a href="javascript:window.__pwned=\'a\'">click</a>',
                section: 'x" onmouseover="window.__pwned=\'section\'',
              },
              'not an item',
            ],
          },
        ],
      },
    },
    {
      id: 'spaced',
      title: 'Spaced',
      author: null,
      url: ' JaVaScRiPt:window.__pwned="spaced"',
      lang: 'en',
      tags: [],
      kinds: {strategies: [{id: 's', heading: 'Spaced plan', text: 'Spaced text.', items: []}]},
    },
    {
      id: 'data',
      title: 'Data',
      url: 'data:text/html,<script>parent.__pwned="data"</script>',
      lang: 'en',
      tags: [],
      kinds: {strategies: [{id: 'd', heading: 'Data plan', text: 'Data text.'}]},
    },
    {
      id: 'relative',
      title: 'Relative',
      url: '//evil.example/x',
      lang: 'en',
      tags: [],
      kinds: {strategies: [{id: 'r', heading: 'Relative plan', text: 'Relative text.'}]},
    },
    {
      id: 'fine',
      title: 'Fine',
      author: 'Ann',
      url: 'https://example.com/fine#old',
      lang: 'en',
      tags: ['ok'],
      kinds: {
        strategies: [{id: 'a b"<c>', heading: 'Fine plan', text: 'Fine text.'}],
        experience: 'not a list',
      },
    },
    'not an essay',
    null,
    42,
  ],
}
