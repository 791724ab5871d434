/** The site's pages, and the data they are all rendered from. */
import {discoverDocs, loadDocs} from './docs.js'
import {loadKindInfo} from './kinds.js'
import {renderDigest} from './pages/digest.js'
import {renderDocPage} from './pages/doc.js'
import {renderGallery} from './pages/gallery.js'
import {renderHome} from './pages/home.js'
import {renderPlayground} from './pages/playground.js'
import {loadSamples} from './samples.js'

/** Everything the pages are rendered from. */
export interface SiteData {
  docs: Awaited<ReturnType<typeof loadDocs>>
  samples: Awaited<ReturnType<typeof loadSamples>>
  kinds: Awaited<ReturnType<typeof loadKindInfo>>
}

/** A page of the site: the file it is written to and how to render it. */
export interface Page {
  file: string
  render: (data: SiteData) => string
}

/** The home page, the playground, the gallery, the digest, and a page per doc in `docs/`. */
export function pages(): Page[] {
  const result: Page[] = [
    {file: 'index.html', render: (data) => renderHome(data.samples, data.docs, data.kinds)},
    {file: 'playground/index.html', render: (data) => renderPlayground(data.samples)},
    {file: 'gallery/index.html', render: (data) => renderGallery(data.samples)},
    {file: 'digest/index.html', render: (data) => renderDigest(data.samples, data.docs)},
  ]
  for (const source of discoverDocs()) {
    result.push({
      file: source.file,
      render(data) {
        const doc = data.docs.find((candidate) => candidate.path === source.path)
        if (!doc) throw new Error(`docs/${source.path} disappeared while the site was built`)
        return renderDocPage(doc, data.docs)
      },
    })
  }
  return result
}

/** Load the docs, samples and kinds; the docs' warnings (a broken link, say) go to `warn`. */
export async function loadSiteData(warn: (message: string) => void): Promise<SiteData> {
  const [docs, samples, kinds] = await Promise.all([
    loadDocs({warn}),
    loadSamples(),
    loadKindInfo(),
  ])
  return {docs, samples, kinds}
}
