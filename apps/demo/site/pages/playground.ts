import {embedSnippet} from '../../src/snippet.js'
import {html} from '../html.js'
import {layout} from '../layout.js'
import {attributeValues} from '../manifest.js'
import type {Sample} from '../samples.js'
import {copyBlock} from './parts.js'

const file = 'playground/index.html'

export function renderPlayground(samples: readonly Sample[]): string {
  const first = samples[0]
  const layouts = attributeValues('layout')

  const main = html`<div class="page-intro">
<h1>Playground</h1>
<p>Type or paste an essay, in Markdown, as plain text copied from a blog, or as the post’s HTML. As you type, <code>@tsuzuri/essay</code> finds its sections and <code>&lt;tsuzuri-essay&gt;</code> shows them. It all runs in your browser: nothing is uploaded, and your text stays in this browser’s storage.</p>
</div>

<div class="playground">
<section class="editor" aria-labelledby="editor-title">
<h2 id="editor-title">Your essay</h2>
<div class="toolbar">
<label class="field">Read as
<select id="format" name="format">
<option value="auto" selected>Detect</option>
<option value="markdown">Markdown</option>
<option value="text">Plain text</option>
<option value="html">HTML</option>
</select></label>
<label class="field">Start from a sample
<select id="sample" name="sample">
<option value="" selected>Choose…</option>
${samples.map((sample) => html`<option value="${sample.file}" lang="${sample.lang}">${sample.title}</option>`)}
</select></label>
<button type="button" class="button button-small button-secondary" id="clear">Clear</button>
<button type="button" class="button button-small button-secondary" id="share" hidden>Copy a link to this essay</button>
<span class="copy-status" role="status"></span>
</div>
<label class="editor-label" for="input">Essay text</label>
<textarea id="input" name="essay" spellcheck="false" rows="24" aria-describedby="input-help problems-summary">${first?.text ?? ''}</textarea>
<p id="input-help" class="help">Headings (<code>## 体験談</code>, <code>## What helped</code>) make sections; without <code>#</code>, short lines between paragraphs are read as headings. Pasted from a web page, the post comes as HTML with its real headings (paste as plain text with Ctrl+Shift+V).</p>
<p id="paste-status" class="help" role="status"></p>
<section class="problems" aria-labelledby="problems-title">
<h3 id="problems-title">Problems</h3>
<p id="problems-summary" class="problems-summary">Nothing to fix.</p>
<ul id="problems" class="problem-list"></ul>
</section>
</section>

<div class="results">
<section class="shape" aria-labelledby="shape-title">
<h2 id="shape-title">Shape</h2>
<p class="help">Each band is a section, as wide as its text is long, coloured by its kind.</p>
<ol id="strip" class="strip" aria-label="Sections, in order"></ol>
<ul id="strip-legend" class="legend" aria-label="Kinds in this essay"></ul>
</section>

<section class="outline-panel" aria-labelledby="outline-title">
<h2 id="outline-title">Outline</h2>
<p class="help">Each section’s kind, how sure the parser is, and why. Select a heading to find it in your text.</p>
<ol id="outline" class="outline"></ol>
</section>

<section class="preview" aria-labelledby="preview-title">
<h2 id="preview-title">Preview</h2>
${
  layouts.length > 0
    ? html`<div class="toolbar"><label class="field">Layout
<select id="layout" name="layout">${layouts.map((value, index) => html`<option value="${value}"${index === 0 ? ' selected' : ''}>${value}</option>`)}</select></label></div>`
    : ''
}
<div class="preview-frame"><tsuzuri-essay id="preview"></tsuzuri-essay></div>
</section>

<section class="output" aria-labelledby="output-title">
<h2 id="output-title">Use it</h2>
<p>Save your essay next to your page as <code>my-essay.md</code> and add:</p>
${copyBlock('playground-snippet', embedSnippet(), 'Copy the snippet')}
<h3>The parsed essay as JSON</h3>
<p>What <code>parseEssay</code> returns (and <code>tsuzuri parse</code> writes). Give it to the element with <code>src="essay.json"</code> and no parser is loaded at all.</p>
<p class="copy-actions"><button type="button" class="button button-small" data-copy="json" hidden>Copy JSON</button> <button type="button" class="button button-small button-secondary" id="download" hidden>Download essay.json</button> <span class="copy-status" role="status"></span></p>
<details class="json">
<summary>Show the JSON</summary>
<pre tabindex="0"><code id="json"></code></pre>
</details>
</section>
</div>
</div>
<p id="status" class="visually-hidden" role="status"></p>`

  return layout({
    file,
    area: 'playground',
    title: 'Playground',
    description:
      'Paste a personal essay and watch Tsuzuri find its sections, tag them by kind and show them with <tsuzuri-essay>.',
    scripts: ['/src/playground.ts'],
    element: true,
    main,
  })
}
