import {html, type Raw} from '../html.js'

/**
 * A code block with a copy button. The button starts `hidden` and the page script shows it, so
 * that without JavaScript there is no button that does nothing.
 */
export function copyBlock(id: string, code: string, label: string): Raw {
  return html`<div class="copy-block">
<pre tabindex="0"><code id="${id}">${code}</code></pre>
<p class="copy-actions"><button type="button" class="button button-small" data-copy="${id}" hidden>${label}</button> <span class="copy-status" role="status"></span></p>
</div>`
}
