import type {TsuzuriEventMap} from '../lib/events.js'
import {TsuzuriEssay} from './tsuzuri-essay.component.js'

export * from './tsuzuri-essay.component.js'

// A second copy of this script (loaded twice, or from another URL) finds the tag taken and
// leaves it alone instead of throwing.
if (!customElements.get('tsuzuri-essay')) customElements.define('tsuzuri-essay', TsuzuriEssay)

declare global {
  interface HTMLElementTagNameMap {
    'tsuzuri-essay': TsuzuriEssay
  }
  interface GlobalEventHandlersEventMap extends TsuzuriEventMap {}
}
