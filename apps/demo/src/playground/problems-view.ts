import type {EssayWarning} from '@tsuzuri/essay'
import {h} from './create-element.js'
import {input, problems, problemsSummary} from './page-elements.js'
import {selectLines} from './select-lines.js'

function lineButton(line: number): HTMLButtonElement {
  const button = h('button', {type: 'button', class: 'line-button'}, `Line ${line}`)
  button.addEventListener('click', () => selectLines(line))
  return button
}

/**
 * The parser's warnings, and the error that stopped it if any, each with a button to its line.
 * An error also marks the input invalid.
 */
export function renderProblems(warnings: readonly EssayWarning[], error: unknown) {
  const items: HTMLLIElement[] = []
  if (error !== undefined) {
    const message = error instanceof Error ? error.message : String(error)
    const line = (error as {line?: unknown} | null)?.line
    items.push(
      h(
        'li',
        {class: 'problem-error'},
        ...(typeof line === 'number' ? [lineButton(line)] : []),
        `The parser stopped: ${message}`,
      ),
    )
  }
  for (const warning of warnings) {
    items.push(
      h('li', {}, ...(warning.line === null ? [] : [lineButton(warning.line)]), warning.message),
    )
  }
  problems.replaceChildren(...items)
  problemsSummary.textContent =
    items.length === 0
      ? 'Nothing to fix.'
      : `${items.length} ${items.length === 1 ? 'thing' : 'things'} to look at:`
  input.setAttribute('aria-invalid', error === undefined ? 'false' : 'true')
}
