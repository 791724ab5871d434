/**
 * Share links carry the essay in the URL fragment (never sent to a server), deflated:
 * `…/playground/#essay=<base64url of deflate-raw of the saved essay's JSON>`.
 */
import {copyText} from '../copy.js'
import {shareButton} from './page-elements.js'
import {currentEssay, restoreEssay, type SavedEssay} from './saved-essay.js'

const hashPrefix = '#essay='

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

function fromBase64Url(value: string): Uint8Array {
  const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const response = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream))
  return new Uint8Array(await response.arrayBuffer())
}

async function encodeShare(saved: SavedEssay): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(saved))
  return toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))
}

async function decodeShare(value: string): Promise<Partial<SavedEssay>> {
  const bytes = await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'))
  return JSON.parse(new TextDecoder().decode(bytes)) as Partial<SavedEssay>
}

/** Whether the page was opened from a share link. */
export function isShareLink(): boolean {
  return location.hash.startsWith(hashPrefix)
}

/**
 * Put the share link's essay into the controls, then take it out of the address: from now on the
 * reader's own edits are what a reload should show. Whether the link could be read.
 */
export async function restoreSharedEssay(): Promise<boolean> {
  let read = true
  try {
    restoreEssay(await decodeShare(location.hash.slice(hashPrefix.length)))
  } catch {
    read = false
  }
  history.replaceState(null, '', location.pathname + location.search)
  return read
}

/** What the status says when a share link could not be read, before what the parse found. */
export const unreadableLink = 'The link’s essay could not be read; showing your last essay instead.'

/** Show the share button where the browser can deflate; it starts hidden for those that cannot. */
export function enableShareButton() {
  if (!('CompressionStream' in window)) return
  shareButton.hidden = false
  shareButton.addEventListener('click', async () => {
    const url = `${location.origin}${location.pathname}${hashPrefix}${await encodeShare(currentEssay())}`
    // The address bar holds the link too, so a reader whose browser refuses the clipboard can
    // still copy it; a reload restores the same essay either way.
    history.replaceState(null, '', url)
    await copyText(url, shareButton, 'address-bar')
  })
}
