/**
 * What a user pastes into their page. Shared by the pages rendered at build time and the
 * playground, so every snippet on the site is the same.
 */

/**
 * Where the CDN build of `@tsuzuri/embed` is published (the `dist/cdn/` folder of the package),
 * at an exact version: the element and its parser file must come from the same release.
 */
const cdnFolder = 'https://cdn.jsdelivr.net/npm/@tsuzuri/embed@0.1.0/dist/cdn/'

/** The CDN file of `<tsuzuri-essay>`. */
export const cdnUrl = `${cdnFolder}tsuzuri-essay.js`

/** The CDN file of `<tsuzuri-digest>`, in the same folder. */
export const digestCdnUrl = `${cdnFolder}tsuzuri-digest.js`

/** The two-line embed: load the element, point it at an essay. */
export function embedSnippet(src = 'my-essay.md', attributes = ''): string {
  return `<script type="module" src="${cdnUrl}"></script>\n<tsuzuri-essay src="${src}"${attributes}></tsuzuri-essay>`
}

/** The two-line digest: load `<tsuzuri-digest>`, point it at a collection. */
export function digestSnippet(src = 'collection.json', attributes = ' kind="strategies"'): string {
  return `<script type="module" src="${digestCdnUrl}"></script>\n<tsuzuri-digest src="${src}"${attributes}></tsuzuri-digest>`
}
