/**
 * HTML in: a post's body (a fragment) or a whole page (a saved `.html`, what a URL returns)
 * becomes the mdast the Markdown reader gives, through the unified collective's own tools
 * (parse5 and `hast-util-from-parse5` as in `hast-util-from-html`, then `hast-util-to-mdast`),
 * so one outline and one tagger read every format.
 * Positions stay those of the HTML that was given. A page is first reduced to its article
 * (`article.ts`); its metadata fills what frontmatter would (`page-metadata.ts`).
 */
import type {Element, ElementContent, Root as HastRoot, RootContent} from 'hast'
import {toMdast} from 'hast-util-to-mdast'
import type {Root} from 'mdast'
import type {EssayWarning} from '../types.js'
import {classesOf, find, findArticle, textOf} from './article.js'
import {htmlToHast, maxHtmlDepth} from './html-tree.js'
import {listOnlyMark} from './list-marks.js'
import {readPageMetadata} from './page-metadata.js'

export interface HtmlInput {
  /** The article as mdast, positions in the HTML. */
  tree: Root
  /** What the page says of itself: `title`, `author`, `date`, `url`, `lang`, when it says. */
  metadata: Record<string, string>
  /** The article's text, for telling its language. */
  text: string
  warnings: EssayWarning[]
}

/** Read HTML (a fragment or a page) into the mdast of its article. */
export function readHtml(html: string): HtmlInput {
  const {tree: page, flattened} = htmlToHast(html)
  const warnings: EssayWarning[] = []
  if (flattened) {
    warnings.push({
      message: `Elements nested more than ${maxHtmlDepth} levels deep were unwrapped: their text is kept, their markup is not`,
      line: null,
      ruleId: 'deep-nesting',
    })
  }
  const metadata = readPageMetadata(page)
  const article = findArticle(page)
  splitLinesAtBreaks(article)
  demoteSubtitles(article)
  // The page's title is the article's own H1 when it has one, so the outline takes that H1.
  const heading = find(article, (node) => node.tagName === 'h1' && textOf(node).trim() !== '')
  if (heading) metadata.title = textOf(heading).trim()
  const tree = toMdast({type: 'root', children: [article]}) as Root
  return {tree, metadata, text: textOf(article), warnings}
}

/**
 * Text laid out with `<br>` (Ameblo and older editors: one line per `<br>`, a blank line
 * between paragraphs) becomes one paragraph per line, as a pasted page's lines are, so a `■`
 * line is a heading there as it is in a paste.
 */
function splitLinesAtBreaks(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type === 'element') splitLinesAtBreaks(child)
  }
  const breaks = node.children.filter((child) => child.type === 'element' && child.tagName === 'br')
  if (breaks.length < 2 || node.type === 'root' || /^(?:p|h[1-6]|li|td|th|pre)$/.test(node.tagName))
    return
  const hasBlock = node.children.some(
    (child) => child.type === 'element' && blockTags.has(child.tagName),
  )
  if (hasBlock) return
  const lines: ElementContent[][] = [[]]
  for (const child of node.children) {
    if (child.type === 'element' && child.tagName === 'br') lines.push([])
    else (lines.at(-1) as ElementContent[]).push(child)
  }
  const children: Element[] = []
  for (const line of lines) {
    if (!line.some((part) => textOf(part).trim() !== '' || isImage(part))) continue
    // A line that opens with a list mark (`・`, `-`, `•`) is a list item, as in a paste.
    const first = line.find((part) => part.type !== 'text' || part.value.trim() !== '')
    const bullet = first?.type === 'text' ? listOnlyMark.exec(first.value.trimStart()) : null
    if (first?.type === 'text' && bullet) {
      first.value = first.value.trimStart().slice(bullet[0].length)
      const previous = children.at(-1)
      const list =
        previous?.tagName === 'ul' && previous.properties.dataLines
          ? previous
          : element('ul', [], {dataLines: true})
      if (list !== previous) children.push(list)
      list.children.push(element('li', line))
      stretch(list, line)
    } else children.push(element('p', line))
  }
  node.children = children satisfies RootContent[]
}

function element(
  tagName: string,
  children: ElementContent[],
  properties: Element['properties'] = {},
): Element {
  const node: Element = {type: 'element', tagName, properties, children}
  stretch(node, children)
  return node
}

/** Make `node`'s position span its own and that of `parts`. */
function stretch(node: Element, parts: readonly ElementContent[]): void {
  const start = node.position?.start ?? parts[0]?.position?.start
  const end = parts.at(-1)?.position?.end ?? node.position?.end
  if (start && end) node.position = {start, end}
}

/**
 * A heading that is a subtitle (Medium's `pw-subtitle-paragraph`, Substack's `subtitle`, a
 * news site's `dek` or `standfirst`) is the opening's first paragraph, not a section.
 */
function demoteSubtitles(node: Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (/^h[1-6]$/.test(child.tagName) && subtitleClass.test(classesOf(child))) child.tagName = 'p'
    else demoteSubtitles(child)
  }
}

const subtitleClass = /(?:^|[\s_-])(?:subtitle|sub-title|dek|standfirst)(?:$|[\s_-])/i

function isImage(node: ElementContent) {
  return node.type === 'element' && node.tagName === 'img'
}

const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
])
