/** The controls that change the essay: the text, its format, the layout, a sample, Clear. */
import {
  clearButton,
  formatSelect,
  input,
  layoutSelect,
  preview,
  sampleSelect,
  status,
} from './page-elements.js'
import {update} from './update.js'

/** Give the preview the chosen layout. */
export function applyLayout() {
  if (layoutSelect) preview.setAttribute('layout', layoutSelect.value)
}

/** Replace the text with the chosen sample essay, fetched from the site's `samples/`. */
async function loadSample() {
  const file = sampleSelect.value
  if (!file) return
  try {
    const response = await fetch(new URL(`../samples/${encodeURIComponent(file)}`, location.href))
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    input.value = await response.text()
    formatSelect.value = 'auto'
    update()
  } catch (error) {
    status.textContent = `Could not load the sample: ${error instanceof Error ? error.message : error}`
  }
}

let timer: number | undefined

/** Parse again whenever a control changes the essay or how it is shown. */
export function listenToControls() {
  // Parse once typing pauses, not on every key.
  input.addEventListener('input', () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(update, 120)
  })
  formatSelect.addEventListener('change', update)
  layoutSelect?.addEventListener('change', () => {
    applyLayout()
    update()
  })
  sampleSelect.addEventListener('change', loadSample)
  clearButton.addEventListener('click', () => {
    input.value = ''
    update()
    input.focus()
  })
}
