/**
 * Stage 5, render: a section's blocks as HTML that is safe by construction (`section-html.ts`,
 * within `html-allowlist.ts`), and a whole essay as a page fragment (`toHtml`).
 */
export {type HtmlAllowlist, htmlAllowlist, safeUrl} from './html-allowlist.js'
export {sanitizeSchema} from './sanitize.js'
export {renderBlocks} from './section-html.js'
export {type ToHtmlOptions, toHtml} from './to-html.js'
