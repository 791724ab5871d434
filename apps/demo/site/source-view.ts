import type {Essay, Section} from '@tsuzuri/essay'
import {html, type Raw} from './html.js'

/** A run of consecutive input lines that belong to the same (innermost) section. */
export interface Run {
  section: Section | undefined
  startLine: number
  lines: string[]
}

/**
 * Split the input into runs of lines by the innermost section that holds them, using each
 * section's `position` (heading and children included). Lines outside every section, such as
 * frontmatter, form runs with no section.
 */
export function runsOf(text: string, essay: Essay): Run[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')
  const owner: Array<Section | undefined> = new Array(lines.length).fill(undefined)
  const visit = (sections: readonly Section[]) => {
    for (const section of sections) {
      const start = Math.max(1, section.position.start.line)
      const end = Math.min(lines.length, section.position.end.line)
      for (let line = start; line <= end; line++) owner[line - 1] = section
      visit(section.children)
    }
  }
  visit(essay.sections)

  const runs: Run[] = []
  lines.forEach((line, index) => {
    const section = owner[index]
    const last = runs.at(-1)
    if (last && last.section === section) last.lines.push(line)
    else runs.push({section, startLine: index + 1, lines: [line]})
  })
  // Blank lines between two sections belong to neither: fold them into the run before.
  return runs.filter((run, index) => {
    const previous = runs[index - 1]
    if (run.section || !previous || run.lines.some((line) => line.trim())) return true
    previous.lines.push(...run.lines)
    return false
  })
}

/** The input, each section's lines marked with its kind. */
export function sourceView(text: string, essay: Essay, label: string): Raw {
  const runs = runsOf(text, essay)
  return html`<div class="source" role="region" aria-label="${label}" tabindex="0">${runs.map(
    (run) => {
      const end = run.startLine + run.lines.length - 1
      const range =
        end === run.startLine ? `line ${run.startLine}` : `lines ${run.startLine}–${end}`
      if (!run.section) {
        const what =
          run.startLine === 1 && run.lines[0]?.trim() === '---'
            ? 'frontmatter'
            : 'outside every section'
        return html`<div class="source-run source-run-plain"><p class="source-label"><span class="source-lines">${range} · ${what}</span></p><pre>${run.lines.join('\n')}</pre></div>`
      }
      const {kind, confidence} = run.section
      return html`<div class="source-run" data-kind="${kind}"><p class="source-label"><span class="kind-badge" data-kind="${kind}">${kind}</span> <span class="source-lines">${range} · ${Math.round(confidence * 100)}% sure</span></p><pre>${run.lines.join('\n')}</pre></div>`
    },
  )}</div>`
}
