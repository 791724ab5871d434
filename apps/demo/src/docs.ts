import {copyText} from './copy.js'

// The docs nav and the table of contents start open (so they work without JavaScript); on a
// narrow screen, fold them so the doc comes first.
if (window.matchMedia('(max-width: 55.99rem)').matches) {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('.docs-nav-details')) {
    details.open = false
  }
}
if (window.matchMedia('(max-width: 79.99rem)').matches) {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('.toc-details')) {
    details.open = false
  }
}

const label = document.documentElement.lang === 'ja' ? 'コピー' : 'Copy'
for (const pre of document.querySelectorAll<HTMLPreElement>('.doc pre')) {
  const block = document.createElement('div')
  block.className = 'code-block'
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'code-copy'
  button.textContent = label
  const status = document.createElement('span')
  status.className = 'code-copy-status copy-status'
  status.setAttribute('role', 'status')
  pre.replaceWith(block)
  block.append(pre, button, status)
  button.addEventListener('click', () => {
    void copyText(pre.textContent ?? '', button, pre)
  })
}
