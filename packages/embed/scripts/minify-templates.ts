import {readFile} from 'node:fs/promises'
import type {Options} from 'tsup'
import ts from 'typescript'

/** An esbuild plugin, as tsup takes it. */
export type Plugin = NonNullable<Options['esbuildPlugins']>[number]

/**
 * An esbuild plugin that shrinks the text of Lit's `html` and `css` tagged templates in this
 * package's sources (esbuild minifies code, not the markup and CSS inside template literals):
 * whitespace runs with a line break become one space (none between tags), CSS loses comments and
 * the spaces around `{ } ; , >` and after `:`.
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
        const inTag = {value: false}
        for (const part of parts) {
          // The raw text sits between the delimiters: ` or } before, ` or ${ after.
          const start = part.getStart(file) + 1
          const closing = ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part)
          const end = part.getEnd() - (closing ? 1 : 2)
          const raw = source.slice(start, end)
          edits.push({start, end, text: tag === 'css' ? minifyCss(raw) : minifyHtml(raw, inTag)})
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

/**
 * Whitespace with a line break is one space inside a tag (between attributes) and nothing between
 * tags and bindings. `inTag` carries whether a tag is open from one part of a template to the next.
 */
function minifyHtml(raw: string, inTag: {value: boolean}): string {
  return raw.replace(/[<>]|\s*\n\s*/g, (match) => {
    if (match === '<' || match === '>') {
      inTag.value = match === '<'
      return match
    }
    return inTag.value ? ' ' : ''
  })
}

function minifyCss(raw: string): string {
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
}
