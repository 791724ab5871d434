/**
 * Pasting from a web page: the clipboard's `text/html`, when it has one, keeps the post's real
 * headings, which its `text/plain` has lost. The playground takes it, reads it as HTML, and says
 * which it used. Paste as plain text (Ctrl+Shift+V, ⌘⇧V) gives only the plain text.
 */
import {formatSelect, input} from './page-elements.js'
import {update} from './update.js'

/** The line under the editor that says what the last paste was read as. */
export function listenToPaste(say: (message: string) => void) {
  input.addEventListener('paste', (event) => {
    const html = event.clipboardData?.getData('text/html') ?? ''
    if (html.trim() === '') {
      say('Read as plain text from the clipboard.')
      return
    }
    event.preventDefault()
    const {selectionStart, selectionEnd, value} = input
    input.value = value.slice(0, selectionStart) + html + value.slice(selectionEnd)
    input.selectionStart = input.selectionEnd = selectionStart + html.length
    formatSelect.value = 'html'
    update()
    say('Read as HTML from the clipboard, so its headings are kept.')
  })
}
