/**
 * The playground page's controls and views, looked up once. The page is rendered at build time
 * (`site/pages/playground.ts`); a missing element is a bug there, so it throws rather than hides.
 */
import type {Essay} from '@tsuzuri/essay'

/** `<tsuzuri-essay>`, loaded from its CDN build by a script tag; rendering is its business. */
export interface EssayElement extends HTMLElement {
  essay: Essay | null
}

function $<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector)
  if (!element) throw new Error(`The playground page has no ${selector}`)
  return element
}

export const input = $<HTMLTextAreaElement>('#input')
export const formatSelect = $<HTMLSelectElement>('#format')
export const sampleSelect = $<HTMLSelectElement>('#sample')
export const pasteStatus = $<HTMLParagraphElement>('#paste-status')
/** Absent when the element's manifest lists no layouts. */
export const layoutSelect = document.querySelector<HTMLSelectElement>('#layout')
export const strip = $<HTMLOListElement>('#strip')
export const legend = $<HTMLUListElement>('#strip-legend')
export const outline = $<HTMLOListElement>('#outline')
export const problems = $<HTMLUListElement>('#problems')
export const problemsSummary = $<HTMLParagraphElement>('#problems-summary')
export const preview = $<EssayElement>('#preview')
export const json = $<HTMLElement>('#json')
export const snippet = $<HTMLElement>('#playground-snippet')
export const status = $<HTMLElement>('#status')
export const downloadButton = $<HTMLButtonElement>('#download')
export const shareButton = $<HTMLButtonElement>('#share')
export const clearButton = $<HTMLButtonElement>('#clear')
