import {html} from '../html.js'
import {layout} from '../layout.js'
import type {Sample} from '../samples.js'

export function renderGallery(_samples: readonly Sample[]): string {
  return layout({
    file: 'gallery/index.html',
    area: 'gallery',
    title: 'Gallery',
    description: '<tsuzuri-essay> in each layout, light and dark, themed, in Japanese and English.',
    element: true,
    main: html`<h1>Gallery</h1>`,
  })
}
