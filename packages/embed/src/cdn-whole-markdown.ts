/**
 * The CDN parser's `linear-markdown.js`: micromark in one piece, whatever the input's length.
 *
 * `@tsuzuri/essay` parses Markdown over 16 KB in windows because micromark copies every event
 * parsed so far each time a list or quote closes (`EditMap.consume`), which makes nested lists
 * and quotes take time growing with the square of the input. The CDN file bundles its own
 * micromark, with the workspace's patch of `micromark-util-edit-map`
 * (`packages/essay/patches/`) that copies only what follows the change: the root of that cost is
 * gone, so the windows (4.6 kB minified, 1.5 kB gzip) are left out of the file. npm users keep
 * the windows, since their micromark is whatever their package manager installs.
 * `cdn-parser.test.ts` checks that this file and the package give the same essay for long
 * Markdown; the package's `test/linear-parse.test.ts`, that the patched micromark grows linearly.
 */

import type {EssayWarning} from '@tsuzuri/essay'
import type {Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
// What the package's parser reads beyond CommonMark (`##　体験談`): this file stands in for one
// of its modules, so it takes the same syntax from the module next to it.
import {ideographicHeadingSpace} from '../../essay/src/lib/input/heading-marks.js'

export function parseMarkdownLinear(value: string, _warnings: EssayWarning[]): Root {
  return fromMarkdown(value, {extensions: [ideographicHeadingSpace]})
}
