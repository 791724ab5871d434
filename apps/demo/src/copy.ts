/**
 * Copy buttons: `<button data-copy="id">` copies the text of the element with that id. Buttons
 * are rendered `hidden` and shown here, so there is no dead button without JavaScript.
 */

const messages = {
  en: {
    copied: 'Copied.',
    manual: 'Selected: press Ctrl+C or ⌘C to copy.',
    addressBar: 'The link is in the address bar: copy it from there.',
  },
  ja: {
    copied: 'コピーしました。',
    manual: '選択しました。Ctrl+C または ⌘C でコピーしてください。',
    addressBar: 'リンクをアドレスバーに入れました。そこからコピーしてください。',
  },
}

function say(button: HTMLElement, message: string) {
  const status = button.parentElement?.querySelector('.copy-status')
  if (!status) return
  status.textContent = message
  window.setTimeout(() => {
    if (status.textContent === message) status.textContent = ''
  }, 4000)
}

function selectContents(element: Element) {
  const range = document.createRange()
  range.selectNodeContents(element)
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
}

/**
 * Copy `text`. When the clipboard is refused, the reader still gets it: `fallback` is the element
 * to select, or `'address-bar'` when the text is a link already shown in the address bar.
 */
export async function copyText(
  text: string,
  button: HTMLElement,
  fallback: Element | 'address-bar',
) {
  const t = document.documentElement.lang === 'ja' ? messages.ja : messages.en
  try {
    await navigator.clipboard.writeText(text)
    say(button, t.copied)
  } catch {
    if (fallback === 'address-bar') {
      say(button, t.addressBar)
    } else {
      selectContents(fallback)
      say(button, t.manual)
    }
  }
}

export function enableCopyButtons(root: ParentNode = document) {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const id = button.dataset.copy
    const target = id ? document.getElementById(id) : null
    if (!target) continue
    button.hidden = false
    button.addEventListener('click', () => {
      void copyText(target.textContent ?? '', button, target)
    })
  }
}
