import {input} from './page-elements.js'

/**
 * Select lines `from`–`to` of the input and bring them into view: the outline and the problems
 * point back at the text they come from.
 */
export function selectLines(from: number, to = from) {
  const lines = input.value.split('\n')
  let start = 0
  for (let index = 0; index < from - 1 && index < lines.length; index++) {
    start += (lines[index]?.length ?? 0) + 1
  }
  let end = start
  for (let index = from - 1; index < to && index < lines.length; index++) {
    end += (lines[index]?.length ?? 0) + 1
  }
  input.focus()
  input.setSelectionRange(start, Math.max(start, end - 1))
  // Browsers scroll a textarea to its caret on focus; blur and focus again to make them do it.
  input.blur()
  input.focus()
}
