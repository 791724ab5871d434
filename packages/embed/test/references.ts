/**
 * Essays for the table of named character references, which the CDN parser loads only for text
 * that may hold a `&name;` (`src/cdn-references.ts`).
 *
 * `referencesEssay` has named references everywhere micromark decodes them (text, headings,
 * strategy items, link destinations and titles, a definition's, a code fence's info), names that are
 * not references (`&foo;`, `&notit;`), the longest name, a legacy name without its `;` and
 * numeric references; its story is tagged by its author, so that the tab the element opens on
 * shows it whatever the model makes of three sentences. `noReferencesEssay` has ampersands and
 * numeric references but nothing that may be a named reference, so the table is never loaded
 * for it.
 */
export const referencesEssay = `# Caf&eacute; nights &mdash; a year of night shifts

I kept a notebook&hellip; of every shift&nbsp;I worked at the caf&eacute;, &laquo;Chez L&eacute;a&raquo;.

<!-- tsuzuri: experience -->
## What happened &amp; when

Night after night&#x2026; the espresso machine hissed at 3&nbsp;a.m. &copy; 2024, &#233;t&#xE9;.
I worked there for a whole year and walked home at six every morning, past the closed bakery.
A note &foo; stays as it is, &notit; too, &amp without a semicolon and
&CounterClockwiseContourIntegral; is the longest name.

## How I felt &ndash; &ldquo;tired&rdquo;

I felt &frac12; awake and &hearts; full, &lt;honestly&gt;.

## What helped

- **Sleep in blocks&hellip;** Two blocks of four hours, blackout curtains &amp; earplugs.
- **Ask for the rota in writing &rarr; early** A [rota](https://example.com/r?a=1&amp;b=&eacute; "R&eacute;sum&eacute;") every week.
- **Eat before the shift** A [real meal&sup2;][meal], not a snack.

[meal]: https://example.com/m&eacute;al "&trade; &frac34;"

\`\`\`caf&eacute;
&hellip; stays in code
\`\`\`

## In the end

Night shifts taught me &mdash; slowly &mdash; to ask early.
`

export const noReferencesEssay = `# Q&A nights

I worked at AT&T & then at a caf\u00e9 &#8230; for a year, R&D on weekends.

## What happened

Night after night &#x2026; the machine hissed. A & B, &1; and & alone.

## What helped

- **Sleep in blocks** Two blocks of four hours & earplugs.
- **Ask early** Ask for the rota in writing.

## In the end

Night shifts taught me to ask early.
`
