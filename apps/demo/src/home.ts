import {enableCopyButtons} from './copy.js'

enableCopyButtons()

const element = document.querySelector<HTMLElement>('#showcase-essay')
const panels = document.querySelectorAll<HTMLElement>('.source-panel')

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="sample"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return
    const file = radio.value
    for (const panel of panels) panel.hidden = panel.dataset.sample !== file
    if (element) {
      // Same folder as the first sample, the way a page would point at its own essays.
      const src = element.getAttribute('src') ?? ''
      element.setAttribute('locale', radio.dataset.lang ?? '')
      element.setAttribute('src', src.replace(/[^/]*$/, encodeURIComponent(file)))
    }
  })
}
