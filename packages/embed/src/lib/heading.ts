import {html, type TemplateResult} from 'lit'

/**
 * The heading level of `heading-level`: an integer from 1 to 6, the nearest for other numbers, 2
 * for anything else (not a number; `null` once the attribute is removed).
 */
export function clampLevel(level: number | null): number {
  return Math.min(Math.max(Math.trunc(level ?? 2), 1), 6) || 2
}

/**
 * A heading of `level` (an integer from 1; 6 and beyond are `<h6>`). Lit cannot bind tag names,
 * so each level is its own template.
 */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`
    case 2:
      return html`<h2 part=${part}>${content}</h2>`
    case 3:
      return html`<h3 part=${part}>${content}</h3>`
    case 4:
      return html`<h4 part=${part}>${content}</h4>`
    case 5:
      return html`<h5 part=${part}>${content}</h5>`
    default:
      return html`<h6 part=${part}>${content}</h6>`
  }
}
