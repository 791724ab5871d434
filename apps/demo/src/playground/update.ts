import {type Essay, parseEssay} from '@tsuzuri/essay'
import {embedSnippet} from '../snippet.js'
import {announce} from './announce.js'
import {renderOutline} from './outline-view.js'
import {formatSelect, input, json, layoutSelect, preview, snippet} from './page-elements.js'
import {renderProblems} from './problems-view.js'
import {type Format, saveEssay} from './saved-essay.js'
import {renderStrip} from './strip-view.js'

/** The essay last parsed without an error: what the preview shows, or is about to. */
let current: Essay | undefined

/** The snippet's attributes: the layout, unless it is the element's default (the first). */
function snippetAttributes(): string {
  const layout = layoutSelect?.value
  const first = layoutSelect?.options[0]?.value
  return layout && layout !== first ? ` layout="${layout}"` : ''
}

/**
 * Parse the input and show the result in every view, then save it. When the parser stops, the
 * views keep the last essay it could read and the problems say why.
 */
export function update() {
  const format = formatSelect.value as Format
  let essay: Essay | undefined
  let error: unknown
  try {
    essay = parseEssay(input.value, {format})
  } catch (caught) {
    error = caught
  }
  renderProblems(essay?.warnings ?? [], error)
  if (essay) {
    current = essay
    renderStrip(essay)
    renderOutline(essay)
    json.textContent = JSON.stringify(essay, null, 2)
    const shown = essay
    // The element may not be defined yet; by the time it is, a newer essay may have replaced this.
    void customElements.whenDefined('tsuzuri-essay').then(() => {
      if (current === shown) preview.essay = shown
    })
  }
  snippet.textContent = embedSnippet('my-essay.md', snippetAttributes())
  announce(essay, (essay?.warnings.length ?? 0) + (error === undefined ? 0 : 1))
  saveEssay()
}
