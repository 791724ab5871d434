// The headings of a Markdown body, as lines and as a tree.

/**
 * A heading line of a Markdown body: an ATX heading, or a short paragraph of bold text alone
 * used as a heading (one level below the last real heading, or level 2 when there is none).
 *
 * @typedef MarkdownHeading
 * @property {number} line Index in the body's lines.
 * @property {number} depth
 * @property {string} heading The text as a label writes it (see `asHeading`).
 * @property {boolean} bold Whether it is a bold pseudo-heading.
 */

/**
 * A Markdown heading and the headings under it.
 *
 * @typedef HeadingNode
 * @property {number} depth
 * @property {string | null} heading
 * @property {HeadingNode[]} children
 */

/**
 * A line as a label would write it if it were a heading: no `#`s, no bold, trimmed.
 *
 * @param {string} line
 * @returns {string}
 */
export function asHeading(line) {
  return line
    .replace(/^[ \t]*#{1,6}(?=[ \t]|$)/, '')
    .replace(/\*\*/g, '')
    .trim()
}

/**
 * The heading lines of a Markdown body: ATX headings (outside code fences) and bold pseudo-headings,
 * paragraphs that are only `**…**`, short, and followed by text.
 *
 * @param {string} body
 * @returns {MarkdownHeading[]}
 */
export function markdownHeadings(body) {
  const lines = body.split('\n')
  /** @type {MarkdownHeading[]} */
  const headings = []
  let fenced = false
  let lastDepth = 1
  const blank = (/** @type {string | undefined} */ line) => line === undefined || line.trim() === ''
  for (const [index, line] of lines.entries()) {
    if (/^[ \t]*(?:```|~~~)/.test(line)) fenced = !fenced
    if (fenced) continue
    const atx = /^(#{1,6})[ \t]+(.*)$/.exec(line)
    if (atx) {
      lastDepth = atx[1]?.length ?? 1
      headings.push({line: index, depth: lastDepth, heading: asHeading(line), bold: false})
      continue
    }
    const bold = /^\*\*([^*]+)\*\*[ \t]*$/.exec(line)
    const next = lines.slice(index + 1).find((other) => !blank(other))
    if (
      bold &&
      (bold[1] ?? '').trim().length <= 60 &&
      !/[。.]$/.test((bold[1] ?? '').trim()) &&
      blank(lines[index - 1]) &&
      blank(lines[index + 1]) &&
      next !== undefined &&
      !/^#{1,6}[ \t]/.test(next) &&
      !/^\*\*[^*]+\*\*[ \t]*$/.test(next)
    ) {
      headings.push({line: index, depth: lastDepth + 1, heading: asHeading(line), bold: true})
    }
  }
  return headings
}

/**
 * The Markdown headings of a body, as a tree shaped like labelled sections.
 *
 * @param {MarkdownHeading[]} headings
 * @returns {HeadingNode[]}
 */
export function markdownTree(headings) {
  /** @type {HeadingNode} */
  const root = {depth: 0, heading: null, children: []}
  // `root` (depth 0) is never popped: every heading is deeper.
  const stack = [root]
  for (const {depth, heading} of headings) {
    /** @type {HeadingNode} */
    const node = {depth, heading, children: []}
    while ((stack.at(-1) ?? root).depth >= node.depth) stack.pop()
    ;(stack.at(-1) ?? root).children.push(node)
    stack.push(node)
  }
  return root.children
}
