import {escapeHtml, html, type Raw, raw} from '../html.js'

/** Inline Markdown code spans in a manifest description (`` `src` ``) as `<code>`. */
function describe(text: string | undefined): Raw {
  const escaped = escapeHtml(text ?? '')
  return raw(escaped.replace(/`([^`]+)`/g, '<code>$1</code>'))
}

/** One entry of a reference list: a name, a line of facts, a description. */
export interface Entry {
  name: string
  facts: Array<[string, string | undefined]>
  description: string | undefined
}

/** The entries as a definition list, the way every group of the reference is shown. */
export function entryList(entries: readonly Entry[], lang: string): Raw {
  // Descriptions come from the manifest, in English.
  const descriptionLang = lang === 'en' ? '' : html` lang="en"`
  return html`<dl class="api-list">${entries.map((entry) => {
    const facts = entry.facts.filter(([, value]) => value !== undefined && value !== '')
    return html`<div class="api-entry"><dt><code>${entry.name}</code></dt>${
      facts.length > 0
        ? html`<dd class="api-facts">${facts.map(
            ([label, value], index) =>
              html`${index > 0 ? ' · ' : ''}${label}${value === label ? '' : html` <code>${value}</code>`}`,
          )}</dd>`
        : ''
    }${entry.description ? html`<dd${descriptionLang}>${describe(entry.description)}</dd>` : ''}</div>\n`
  })}</dl>`
}
