import {readFile} from 'node:fs/promises'
import type {Options} from 'tsup'
import ts from 'typescript'

/** An esbuild plugin, as tsup takes it. */
export type Plugin = NonNullable<Options['esbuildPlugins']>[number]

/**
 * An esbuild plugin that shrinks the text of Lit's `html` and `css` tagged templates in this
 * package's sources (esbuild minifies code, not the markup and CSS inside template literals):
 * whitespace runs with a line break become one space (none next to a block element), CSS loses
 * comments, the spaces around `{ } ; , >` and after `:`, the zero of `0.5` and the quotes of
 * attribute values that are names (`[part='title']`).
 */
export const minifyTemplates: Plugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({filter: /[\\/]src[\\/].*\.ts$/}, async (args) => {
      const source = await readFile(args.path, 'utf8')
      if (!/\b(?:html|css)`/.test(source)) return undefined
      return {contents: minifySource(source, args.path), loader: 'ts'}
    })
  },
}

/** Rewrite the template text of every `html` and `css` tagged template in a TS source. */
export function minifySource(source: string, fileName = 'file.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)
  const edits: {start: number; end: number; text: string}[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text
      if (tag === 'html' || tag === 'css') {
        const template = node.template
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)]
        const state = {inTag: false, tag: ''}
        for (const part of parts) {
          // The raw text sits between the delimiters: ` or } before, ` or ${ after.
          const start = part.getStart(file) + 1
          const closing = ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part)
          const end = part.getEnd() - (closing ? 1 : 2)
          const raw = source.slice(start, end)
          edits.push({start, end, text: tag === 'css' ? minifyCss(raw) : minifyHtml(raw, state)})
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  let result = source
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  }
  return result
}

/** Elements around which whitespace never shows: it goes (the others keep one space). */
const blocks = /^(?:div|p|section|header|ul|ol|li|h[1-6]|slot|br)$/

/**
 * Whitespace with a line break is one space inside a tag (between attributes). Between tags and
 * bindings it goes next to a block (`</div>`, `<li>`), and is otherwise one space, which renders
 * as the whitespace it replaces: `</span>\n<span>` keeps the space between two words. `state`
 * carries whether a tag is open, and the name of the last tag, from one part of a template to
 * the next.
 */
function minifyHtml(raw: string, state: {inTag: boolean; tag: string}): string {
  return raw.replace(/<\/?([\w-]*)|>|\s*\n\s*/g, (match, name: string | undefined, at: number) => {
    if (name !== undefined) {
      state.inTag = true
      state.tag = name
      return match
    }
    if (match === '>') {
      state.inTag = false
      return match
    }
    if (state.inTag) return ' '
    const after = /^<\/?([\w-]+)/.exec(raw.slice(at + match.length))?.[1] ?? ''
    const before = raw[at - 1] === '>' ? state.tag : ''
    return blocks.test(before) || blocks.test(after) ? '' : ' '
  })
}

function minifyCss(raw: string): string {
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/='([a-z][\w-]*)'\]/gi, '=$1]')
}
