import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {html, type Raw} from '../html.js'
import {layout, relativeHref} from '../layout.js'
import {attributeValues} from '../manifest.js'
import type {Sample} from '../samples.js'

const file = 'gallery/index.html'
const themeFile = fileURLToPath(new URL('../../src/styles/notebook-theme.css', import.meta.url))

interface Specimen {
  title: string
  sample: Sample | undefined
  attributes: Record<string, string>
  scheme: 'light' | 'dark'
}

function markup(specimen: Specimen): string {
  const attributes = Object.entries(specimen.attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')
  return `<tsuzuri-essay src="${specimen.sample?.file ?? 'my-essay.md'}"${attributes}></tsuzuri-essay>`
}

function figure(specimen: Specimen): Raw {
  if (!specimen.sample) return html``
  const src = relativeHref(file, `samples/${specimen.sample.file}`)
  const attributes = Object.entries(specimen.attributes).map(
    ([name, value]) => html` ${name}="${value}"`,
  )
  return html`<figure class="specimen">
<figcaption><strong>${specimen.title}</strong><br><code>${markup(specimen)}</code></figcaption>
<div class="specimen-body scheme-${specimen.scheme}"><tsuzuri-essay src="${src}"${attributes}></tsuzuri-essay></div>
</figure>`
}

export function renderGallery(samples: readonly Sample[]): string {
  const ja = samples.find((sample) => sample.lang === 'ja' && sample.format === 'markdown')
  const en = samples.find((sample) => sample.lang === 'en' && sample.format === 'markdown')
  const layouts = attributeValues('layout')
  const layoutNames = layouts.length > 0 ? layouts : ['tabs']

  const layoutSections = layoutNames.map((name, index) => {
    // Every layout in light and dark, in English and Japanese; a long layout shows only two kinds.
    const show: Record<string, string> = index === 0 ? {} : {show: 'feelings strategies'}
    const [first, second] = index % 2 === 0 ? [en, ja] : [ja, en]
    const specimens: Specimen[] = [
      {
        title: `${name}, light, ${first === ja ? 'Japanese' : 'English'}`,
        sample: first,
        attributes: {
          layout: name,
          theme: 'light',
          ...show,
          ...(first === ja ? {locale: 'ja'} : {}),
        },
        scheme: 'light',
      },
      {
        title: `${name}, dark, ${second === ja ? 'Japanese' : 'English'}`,
        sample: second,
        attributes: {
          layout: name,
          theme: 'dark',
          ...show,
          ...(second === ja ? {locale: 'ja'} : {}),
        },
        scheme: 'dark',
      },
    ]
    return html`<section aria-labelledby="layout-${name}">
<h2 id="layout-${name}">Layout: <code>${name}</code></h2>
<div class="gallery-grid">${specimens.map(figure)}</div>
</section>`
  })

  const themed: Specimen[] = [
    {
      title: 'Custom theme, light, English',
      sample: en,
      attributes: {class: 'notebook', theme: 'light'},
      scheme: 'light',
    },
    {
      title: 'Custom theme, dark, Japanese',
      sample: ja,
      attributes: {
        class: 'notebook',
        theme: 'dark',
        layout: 'stack',
        show: 'strategies',
        locale: 'ja',
      },
      scheme: 'dark',
    },
  ]

  const main = html`<div class="page-intro">
<h1>Gallery</h1>
<p>The same element with different attributes and styles. Each specimen is a live <code>&lt;tsuzuri-essay&gt;</code>, loaded from its CDN build by a script tag and pointed at a sample essay; its markup is above it.</p>
</div>
<div class="gallery">
${layoutSections}
<section aria-labelledby="custom-theme">
<h2 id="custom-theme">A custom theme</h2>
<p>Themes are CSS custom properties set on the element; <code>theme="dark"</code> forces the dark scheme, and the default, <code>auto</code>, follows the reader’s system. This is the whole theme:</p>
<pre tabindex="0"><code>${readFileSync(themeFile, 'utf8').trim()}</code></pre>
<div class="gallery-grid">${themed.map(figure)}</div>
</section>
</div>`

  return layout({
    file,
    area: 'gallery',
    title: 'Gallery',
    description:
      '<tsuzuri-essay> in each layout, light and dark, with a custom theme, in Japanese and English.',
    element: true,
    head: html`<link rel="stylesheet" href="/src/styles/notebook-theme.css">`,
    main,
  })
}
