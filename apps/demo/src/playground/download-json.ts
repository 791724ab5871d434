import {h} from './create-element.js'
import {downloadButton, json} from './page-elements.js'

/** Show the download button (it starts hidden: it needs JavaScript) and save the JSON view as a file. */
export function enableDownloadButton() {
  downloadButton.hidden = false
  downloadButton.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([json.textContent ?? ''], {type: 'application/json'}))
    const link = h('a', {href: url, download: 'essay.json'})
    document.body.append(link)
    link.click()
    link.remove()
    window.setTimeout(() => URL.revokeObjectURL(url), 1000)
  })
}
