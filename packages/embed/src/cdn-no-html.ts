/**
 * In the CDN parser file, `lib/input/html.ts` of `@tsuzuri/essay` (a post's HTML or a whole
 * page, read with `hast-util-from-html`) is this module: the HTML parser is 57 kB gzipped,
 * more than the whole parser file's 45 KB budget. HTML is still told apart (`html-detect.ts`),
 * so it fails with this message instead of being read as Markdown.
 */
import type {Root} from 'mdast'

export function readHtml(_html: string): {
  tree: Root
  metadata: Record<string, string>
  text: string
} {
  throw new Error(
    'this is HTML, which the element does not read: give it the post as Markdown or plain text, or the JSON `tsuzuri parse post.html` writes',
  )
}
