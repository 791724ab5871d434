/**
 * Stage 1, input: from the text a user gives to an mdast tree. Frontmatter is read, Markdown is
 * parsed within the limits that keep parsing linear, and plain text pasted from a web page is
 * laid out as Markdown (headings, lists, paste noise). HTML (a post or a whole page) is reduced to
 * its article and converted to the same tree. Raw HTML inside Markdown becomes text.
 */
export {checkAttributionUrl} from './attribution-url.js'
export {readFrontmatter} from './frontmatter.js'
export {ideographicHeadingSpace, unspacedHeadingWarnings} from './heading-marks.js'
export {readHtml} from './html.js'
export {looksLikeHtmlPage} from './html-detect.js'
export {budgetInlineMarkup, restoreStandIns} from './inline-budget.js'
export {type LineLimit, limitLines, restAsParagraph} from './line-limit.js'
export {parseMarkdownLinear} from './linear-markdown.js'
export {guardMarkup, restorePositions} from './markup-limits.js'
export {flattenDeepNesting} from './nesting.js'
export {isPlatformAside} from './paste-line-shapes.js'
export type {LineRole} from './paste-lines.js'
export {plainTextToMdast, readAsPlainText} from './plain-text.js'
export {replaceRawHtml} from './raw-html.js'
