/**
 * The playground page: parse what the reader types with `@tsuzuri/essay` and show it as a strip,
 * an outline, problems, JSON and the element's own rendering. The parts are in `playground/`.
 */
import {enableCopyButtons} from './copy.js'
import {applyLayout, listenToControls} from './playground/controls.js'
import {enableDownloadButton} from './playground/download-json.js'
import {pasteStatus, status} from './playground/page-elements.js'
import {listenToPaste} from './playground/paste.js'
import {restoreSavedEssay} from './playground/saved-essay.js'
import {
  enableShareButton,
  isShareLink,
  restoreSharedEssay,
  unreadableLink,
} from './playground/share-link.js'
import {update} from './playground/update.js'

/**
 * Open with the shared essay when the page came from a share link, else (or when the link cannot
 * be read) with the saved one; a link that could not be read is said before what the parse found,
 * since the first parse's announcement would otherwise replace it at once.
 */
async function start() {
  const shared = isShareLink() ? await restoreSharedEssay() : undefined
  if (shared !== true) restoreSavedEssay()
  applyLayout()
  update()
  if (shared === false) status.textContent = `${unreadableLink} ${status.textContent ?? ''}`
}

listenToControls()
listenToPaste((message) => {
  pasteStatus.textContent = message
})
enableDownloadButton()
enableShareButton()
enableCopyButtons()
void start()
