import {digestSnippet} from '../../src/snippet.js'
import {collectionFile} from '../collection.js'
import {type Doc, flattenSections} from '../docs.js'
import {html} from '../html.js'
import {layout, relativeHref} from '../layout.js'
import type {Sample} from '../samples.js'
import {copyBlock} from './parts.js'

const file = 'digest/index.html'

/** What a reader runs to make their own `collection.json`. */
const indexCommand = 'npx tsuzuri index content/essays --out public/essays'

/**
 * The page of a doc (`docs/collection/`), or of its first section whose heading `heading`
 * matches (`docs/element/#many-essays-tsuzuri-digest`); `undefined` when there is no such doc.
 */
function docTarget(docs: readonly Doc[], name: string, heading?: RegExp): string | undefined {
  const doc = docs.find((candidate) => candidate.lang === 'en' && candidate.name === name)
  if (!doc) return undefined
  const page = doc.file.replace(/index\.html$/, '')
  const section = heading
    ? flattenSections(doc.essay.sections).find((candidate) => heading.test(candidate.heading ?? ''))
    : undefined
  return section ? `${page}#${section.id}` : page
}

export function renderDigest(samples: readonly Sample[], docs: readonly Doc[]): string {
  const link = (target: string) => relativeHref(file, target)
  const collection = link(collectionFile)
  const collectionDoc = docTarget(docs, 'collection')
  const elementDoc = docTarget(docs, 'element', /tsuzuri-digest/)

  const main = html`<div class="page-intro">
<h1>Digest</h1>
<p>A site rarely has one essay. <code>&lt;tsuzuri-digest&gt;</code> lists one kind of section from many of them — here every strategy of this site’s ${samples.length} sample essays — each credited with its essay’s title and author. Search it, filter it by tag or language, then <a href="#digest-embed-title">put one on your page</a>: one command and two lines of HTML.</p>
</div>
<div class="digest-layout">
<section class="digest-live" aria-labelledby="digest-live-title">
<h2 id="digest-live-title">Strategies from the sample essays</h2>
<tsuzuri-digest src="${collection}" kind="strategies" heading-level="3"><p>Every strategy of the sample essays, from <a href="${collection}">samples/collection.json</a>.</p></tsuzuri-digest>
</section>
<section class="digest-embed" aria-labelledby="digest-embed-title">
<h2 id="digest-embed-title">Put it on your page</h2>
<ol class="steps">
<li><p>Index your posts: <code>tsuzuri index</code> writes each one’s JSON and a <code>collection.json</code> that summarizes them all.</p>
${copyBlock('digest-command', indexCommand, 'Copy the command')}</li>
<li><p>Load the element and point it at the collection. <code>kind</code> picks what to list; <code>tag</code>, <code>lang</code> and <code>limit</code> narrow it.</p>
${copyBlock('digest-snippet', digestSnippet(), 'Copy the snippet')}</li>
</ol>
<h3>This page’s collection</h3>
<p>When the site is built, each sample essay goes through <code>parseEssay</code>, and all of them through <code>buildCollection</code>, the function <code>tsuzuri index</code> calls: the result is <a href="${collection}">samples/collection.json</a>. Each essay’s id is its file name. Its <code>url</code> is its frontmatter <code>url</code>: the few samples that name an original post (an <code>example.com</code> address) are linked to it, section by section; the others are credited without a link, since this site has no page of their own for them.</p>
<ul class="digest-links">${[
    collectionDoc
      ? html`<li><a href="${link(collectionDoc)}">Collections</a>: <code>tsuzuri index</code>, the format and <code>buildCollection</code>.</li>`
      : '',
    elementDoc
      ? html`<li><a href="${link(elementDoc)}">The element guide</a>: what <code>&lt;tsuzuri-digest&gt;</code> lists, its attributes, events and keyboard use.</li>`
      : '',
  ]}</ul>
</section>
</div>`

  return layout({
    file,
    area: 'digest',
    title: 'Digest',
    description:
      '<tsuzuri-digest> lists every strategy of the sample essays from one collection.json, credited, with search and filters; the snippet to put it on your page.',
    scripts: ['/src/digest.ts'],
    digest: true,
    main,
  })
}
