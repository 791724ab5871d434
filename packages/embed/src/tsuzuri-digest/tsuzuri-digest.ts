import type {TsuzuriDigestEventMap} from '../lib/digest-events.js'
import {TsuzuriDigest} from './tsuzuri-digest.component.js'

export * from './tsuzuri-digest.component.js'

// A second copy of this script (loaded twice, or from another URL) finds the tag taken and
// leaves it alone instead of throwing.
if (!customElements.get('tsuzuri-digest')) customElements.define('tsuzuri-digest', TsuzuriDigest)

declare global {
  interface HTMLElementTagNameMap {
    'tsuzuri-digest': TsuzuriDigest
  }
  interface GlobalEventHandlersEventMap extends TsuzuriDigestEventMap {}
}
