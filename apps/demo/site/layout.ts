import * as path from 'node:path'
import {html, type Raw, type Value} from './html.js'

/** The site's top-level sections, as shown in the header. */
export type Area = 'home' | 'playground' | 'docs' | 'gallery' | 'digest'

/** The UI languages of the site's own chrome. */
export type UiLang = 'en' | 'ja'

const chrome = {
  en: {
    skip: 'Skip to content',
    site: 'Site',
    home: 'Home',
    playground: 'Playground',
    docs: 'Docs',
    gallery: 'Gallery',
    digest: 'Digest',
    footer: 'Tsuzuri turns personal essays into structured, embeddable content. MIT licensed.',
    source: 'Source on GitHub',
  },
  ja: {
    skip: '本文へスキップ',
    site: 'サイト',
    home: 'ホーム',
    playground: 'プレイグラウンド',
    docs: 'ドキュメント',
    gallery: 'ギャラリー',
    digest: 'ダイジェスト',
    footer:
      'Tsuzuri(綴り)は個人のエッセイを構造化し、どこにでも埋め込めるようにします。MIT ライセンス。',
    source: 'GitHub のソース',
  },
} as const

export const repositoryUrl = 'https://github.com/tsuzuri/tsuzuri'

/** The URL (directory form) a page file is served at: `docs/cli/index.html` → `docs/cli/`. */
export function pageUrl(file: string): string {
  return file === 'index.html' ? '' : file.replace(/index\.html$/, '')
}

/**
 * A relative link from the page in `fromFile` to `target` (a page URL or file from the site root),
 * so that the site works at any base path on any static host.
 */
export function relativeHref(fromFile: string, target: string): string {
  const fromDir = path.posix.dirname(fromFile)
  const [pathPart = '', fragment] = target.split('#', 2)
  const isDir = pathPart === '' || pathPart.endsWith('/')
  let result = path.posix.relative(fromDir === '.' ? '' : fromDir, pathPart || '.')
  if (isDir) result = result ? `${result}/` : './'
  return fragment === undefined ? result : `${result}#${fragment}`
}

export interface LayoutOptions {
  /** Output file, relative to the site root (`index.html`, `docs/cli/index.html`). */
  file: string
  area: Area
  /** The page title; ` · Tsuzuri` is appended unless it is the home page. */
  title: string
  description: string
  lang?: UiLang
  /** Module scripts to bundle, from the site root (`/src/home.ts`). */
  scripts?: string[]
  /** Load `<tsuzuri-essay>` from its CDN build, the way a user's page does. */
  element?: boolean
  /** Load `<tsuzuri-digest>` from its CDN build (its own file, in the same folder). */
  digest?: boolean
  /** Extra markup for `<head>`. */
  head?: Value
  /** Extra class for `<body>`. */
  bodyClass?: string
  main: Value
}

export function layout(options: LayoutOptions): string {
  const lang = options.lang ?? 'en'
  const t = chrome[lang]
  const link = (target: string) => relativeHref(options.file, target)
  const areas: Array<[Area, string, string]> = [
    ['home', t.home, ''],
    ['playground', t.playground, 'playground/'],
    ['docs', t.docs, lang === 'ja' ? 'docs/ja/getting-started/' : 'docs/'],
    ['gallery', t.gallery, 'gallery/'],
    ['digest', t.digest, 'digest/'],
  ]
  const title = options.area === 'home' ? options.title : `${options.title} · Tsuzuri`
  const here = pageUrl(options.file)

  const nav: Raw[] = areas.map(([area, label, target]) => {
    const current = target === here ? 'page' : area === options.area ? 'true' : undefined
    return html`<li><a href="${link(target)}"${current ? html` aria-current="${current}"` : ''}>${label}</a></li>`
  })

  return `<!doctype html>\n${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<meta name="description" content="${options.description}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/src/styles/site.css">
${options.element ? html`<script type="module" src="${link('embed/tsuzuri-essay.js')}" vite-ignore></script>\n` : ''}${options.digest ? html`<script type="module" src="${link('embed/tsuzuri-digest.js')}" vite-ignore></script>\n` : ''}${(options.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script>\n`)}${options.head}
</head>
<body class="area-${options.area}${options.bodyClass ? ` ${options.bodyClass}` : ''}">
<a class="skip-link" href="#main">${t.skip}</a>
<header class="site-header">
<div class="site-header-inner">
<a class="brand" href="${link('')}"><span class="brand-mark" lang="ja" aria-hidden="true">綴</span><span class="brand-name">Tsuzuri</span></a>
<nav class="site-nav" aria-label="${t.site}"><ul>${nav}</ul></nav>
</div>
</header>
<main id="main" tabindex="-1">
${options.main}
</main>
<footer class="site-footer">
<p>${t.footer} <a href="${repositoryUrl}">${t.source}</a></p>
</footer>
</body>
</html>
`}`
}
