import {embedSnippet} from '../../src/snippet.js'
import type {Doc} from '../docs.js'
import {html, type Raw} from '../html.js'
import type {KindInfo} from '../kinds.js'
import {layout, relativeHref} from '../layout.js'
import {homeSamples, type Sample} from '../samples.js'
import {sourceView} from '../source-view.js'
import {shapeStrip} from '../strip.js'
import {copyBlock} from './parts.js'

const file = 'index.html'

function languageName(lang: string): string {
  return lang === 'ja' ? '日本語' : lang === 'en' ? 'English' : lang
}

export function renderHome(
  samples: readonly Sample[],
  docs: readonly Doc[],
  kinds: readonly KindInfo[],
): string {
  const link = (target: string) => relativeHref(file, target)
  const shown = homeSamples(samples)
  const first = shown[0]
  const docLink = (name: string) =>
    docs.find((doc) => doc.lang === 'en' && doc.name === name)?.file.replace(/index\.html$/, '')
  const nextSteps: Array<[string | undefined, string, string]> = [
    [docLink('getting-started'), 'Get started', 'Install, parse your first essay, embed it.'],
    [docLink('authoring'), 'Write for Tsuzuri', 'Headings and cues that tag sections well.'],
    [docLink('element'), 'The element', 'Attributes, events, parts and CSS properties.'],
    [docLink('api'), 'The parser API', '`parseEssay` and `toHtml` for Node and browsers.'],
    [docLink('cli'), 'The CLI', 'Parse essays from a terminal or a build script.'],
    [docLink('theming'), 'Theming', 'Colours, fonts and layouts to match your site.'],
  ]

  const samplePicker: Raw = html`<fieldset class="sample-switch">
<legend>Sample essay</legend>
${shown.map(
  (sample, index) =>
    html`<label class="sample-option"><input type="radio" name="sample" value="${sample.file}" data-lang="${sample.lang}"${index === 0 ? ' checked' : ''}><span class="sample-title" lang="${sample.lang}">${sample.title}</span> <span class="sample-meta">${languageName(sample.lang)}${sample.format === 'text' ? ', plain text' : ', Markdown'}</span></label>\n`,
)}</fieldset>`

  const sources: Raw = html`${shown.map(
    (sample, index) =>
      html`<div class="source-panel" data-sample="${sample.file}" lang="${sample.lang}"${index === 0 ? '' : ' hidden'}>${shapeStrip(sample.essay, 'Shape of the essay, section by section')}${sourceView(sample.text, sample.essay, `Source of “${sample.title}”`)}</div>\n`,
  )}`

  const main = html`<section class="hero" aria-labelledby="hero-title">
<h1 id="hero-title">Tsuzuri <span lang="ja">綴り</span></h1>
<p class="lede">Write a personal essay the way you always do. Tsuzuri finds its sections — what happened, how it felt, what helped — and shows them on any page with one element.</p>
<p class="cta"><a class="button" href="${link('playground/')}">Try it on your essay</a> <a class="button button-secondary" href="${link('docs/getting-started/')}">Get started</a></p>
</section>

<section class="kinds" aria-labelledby="kinds-title">
<h2 id="kinds-title">Seven kinds of section</h2>
<ul class="kind-list">${kinds.map(
    (info) =>
      html`<li><span class="kind-badge" data-kind="${info.kind}">${info.kind}</span> <span>${info.en}</span></li>`,
  )}</ul>
</section>

<section class="showcase" aria-labelledby="showcase-title">
<h2 id="showcase-title">One essay, two ways</h2>
<p>On the left, the essay as its author wrote it, each section’s lines marked with the kind the parser gave it. On the right, the same file through <code>&lt;tsuzuri-essay&gt;</code>.</p>
${first ? samplePicker : html`<p class="notice">No sample essays yet: <code>packages/corpus/essays/</code> is empty.</p>`}
<div class="panes">
<section class="pane" aria-labelledby="pane-source-title">
<h3 id="pane-source-title">As written</h3>
${sources}
</section>
<section class="pane" aria-labelledby="pane-element-title">
<h3 id="pane-element-title">Through <code>&lt;tsuzuri-essay&gt;</code></h3>
${first ? html`<tsuzuri-essay id="showcase-essay" src="${link(`samples/${first.file}`)}" locale="${first.lang}"></tsuzuri-essay>` : ''}
</section>
</div>
</section>

<section class="embed" aria-labelledby="embed-title">
<h2 id="embed-title">Put it on your page</h2>
<p>Two lines: load the element, point it at your essay (Markdown or plain text). It fetches the file, finds the sections and shows them, in light or dark, in Japanese or English.</p>
${copyBlock('home-snippet', embedSnippet(), 'Copy the snippet')}
</section>

<section class="next" aria-labelledby="next-title">
<h2 id="next-title">Learn more</h2>
<ul class="cards">${nextSteps
    .filter(([target]) => target !== undefined)
    .map(
      ([target, title, text]) =>
        html`<li class="card"><a href="${link(target ?? '')}">${title}</a><p>${inlineCode(text)}</p></li>`,
    )}</ul>
</section>`

  return layout({
    file,
    area: 'home',
    title: 'Tsuzuri — structure for personal essays',
    description:
      'Tsuzuri parses personal essays into sections tagged by kind and shows them on any page with the <tsuzuri-essay> element.',
    scripts: ['/src/home.ts'],
    element: true,
    main,
  })
}

function inlineCode(text: string): Raw {
  const parts = text.split('`')
  return html`${parts.map((part, index) => (index % 2 === 1 ? html`<code>${part}</code>` : part))}`
}
