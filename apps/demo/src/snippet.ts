/**
 * What a user pastes into their page. Shared by the pages rendered at build time and the
 * playground, so every snippet on the site is the same.
 */

/**
 * Where the CDN build of `<tsuzuri-essay>` is published (the `dist/cdn/` folder of the package),
 * at an exact version: the element and its parser file must come from the same release.
 */
export const cdnUrl = 'https://cdn.jsdelivr.net/npm/@tsuzuri/embed@0.1.0/dist/cdn/tsuzuri-essay.js'

/** The two-line embed: load the element, point it at an essay. */
export function embedSnippet(src = 'my-essay.md', attributes = ''): string {
  return `<script type="module" src="${cdnUrl}"></script>\n<tsuzuri-essay src="${src}"${attributes}></tsuzuri-essay>`
}
