import type {Doc, TocEntry} from '../docs.js'
import {flattenSections, tableOfContents} from '../docs.js'
import {html, type Raw, raw} from '../html.js'
import {layout, relativeHref, type UiLang} from '../layout.js'
import {elementReference} from '../reference.js'

const labels = {
  en: {
    docs: 'Documentation',
    allDocs: 'All docs',
    toc: 'On this page',
    previous: 'Previous',
    next: 'Next',
    pager: 'Previous and next doc',
    translations: 'Translations',
  },
  ja: {
    docs: 'ドキュメント',
    allDocs: 'ドキュメント一覧',
    toc: 'このページの内容',
    previous: '前へ',
    next: '次へ',
    pager: '前後のドキュメント',
    translations: '翻訳',
  },
} as const

const languageNames: Record<string, string> = {en: 'English', ja: '日本語'}

function uiLang(lang: string): UiLang {
  return lang === 'ja' ? 'ja' : 'en'
}

function tocList(entries: readonly TocEntry[]): Raw {
  return html`<ul>${entries.map(
    (entry) =>
      html`<li><a href="#${entry.id}">${entry.heading}</a>${entry.children.length > 0 ? tocList(entry.children) : ''}</li>`,
  )}</ul>`
}

/** One doc as a page: site nav, docs nav, table of contents, the doc, previous/next. */
export function renderDocPage(doc: Doc, docs: readonly Doc[]): string {
  const lang = uiLang(doc.lang)
  const t = labels[lang]
  const link = (target: Doc) => relativeHref(doc.file, target.file.replace(/index\.html$/, ''))

  let body = doc.body
  let toc = tableOfContents(doc.essay.sections)
  if (doc.name === 'element') {
    const taken = new Set(flattenSections(doc.essay.sections).map((section) => section.id))
    const reference = elementReference(doc.lang, taken)
    body += reference.html
    toc = [...toc, ...reference.toc]
  }
  // `toHtml` renders the title (first H1 or frontmatter `title`) as the page's `<h1>`.
  const hasTitle = doc.essay.title !== null

  const sameLang = docs.filter((candidate) => candidate.lang === doc.lang)
  const others = docs.filter((candidate) => candidate.lang !== doc.lang)
  const index = sameLang.indexOf(doc)
  const previous = index > 0 ? sameLang[index - 1] : undefined
  const next = sameLang[index + 1]

  const navItem = (item: Doc) =>
    html`<li><a href="${link(item)}"${item === doc ? html` aria-current="page"` : ''}${item.lang === doc.lang ? '' : html` lang="${item.lang}" hreflang="${item.lang}"`}>${item.navTitle}</a></li>`

  const otherGroups = [...new Set(others.map((item) => item.lang))].map(
    (group) =>
      html`<p class="docs-nav-group" lang="${group}">${languageNames[group] ?? group}</p><ul>${others
        .filter((item) => item.lang === group)
        .map(navItem)}</ul>`,
  )

  const translations = [...doc.translations.values()]

  const main = html`<div class="docs-layout">
<nav class="docs-nav" aria-label="${t.docs}">
<details class="docs-nav-details" open>
<summary>${t.allDocs}</summary>
<ul>${sameLang.map(navItem)}</ul>
${otherGroups}
</details>
</nav>
<div class="docs-main">
${
  translations.length > 0
    ? html`<p class="lang-switch"><span class="visually-hidden">${t.translations}: </span>${translations.map(
        (translation) =>
          html`<a href="${link(translation)}" lang="${translation.lang}" hreflang="${translation.lang}">${translation.lang === 'ja' ? '日本語で読む' : `Read in ${languageNames[translation.lang] ?? translation.lang}`}</a> `,
      )}</p>`
    : ''
}
${
  toc.length > 0
    ? html`<nav class="toc" aria-label="${t.toc}"><details class="toc-details" open><summary>${t.toc}</summary>${tocList(toc)}</details></nav>`
    : ''
}
<div class="doc">
${hasTitle ? '' : html`<h1>${doc.title}</h1>`}
${raw(body)}
</div>
<nav class="pager" aria-label="${t.pager}">
${previous ? html`<a class="pager-previous" href="${link(previous)}" rel="prev"><span class="pager-label">${t.previous}</span> ${previous.title}</a>` : ''}
${next ? html`<a class="pager-next" href="${link(next)}" rel="next"><span class="pager-label">${t.next}</span> ${next.title}</a>` : ''}
</nav>
</div>
</div>`

  return layout({
    file: doc.file,
    area: 'docs',
    lang,
    title: doc.title,
    description: firstParagraph(doc) ?? `Tsuzuri documentation: ${doc.title}`,
    scripts: ['/src/docs.ts'],
    head: translations.map(
      (translation) =>
        html`<link rel="alternate" hreflang="${translation.lang}" href="${link(translation)}" vite-ignore>\n`,
    ),
    main,
  })
}

function firstParagraph(doc: Doc): string | undefined {
  const description = doc.essay.frontmatter.description
  if (typeof description === 'string') return description
  for (const section of flattenSections(doc.essay.sections)) {
    const text = section.text.trim()
    if (text) return text.split('\n')[0]?.slice(0, 200)
  }
  return undefined
}
