import {resolve} from 'node:path'
import type {InputFile} from './collect-inputs.js'
import {InputError, type ReadLimits, readTextFile} from './read-input.js'
import {isWordPressExport, readWordPressExport} from './wordpress-export.js'

/**
 * Replace each WordPress export among the inputs (`.xml`) with its published posts, one input
 * each (named by slug, read as HTML); say what it held besides. An `.xml` file that is not an
 * export, or cannot be read, stays one input that fails with its reason.
 */
export async function expandExports(
  inputs: readonly InputFile[],
  limits: ReadLimits,
  cwd: string,
): Promise<{inputs: InputFile[]; notes: string[]}> {
  const expanded: InputFile[] = []
  const notes: string[] = []
  for (const input of inputs) {
    if (input.stdin || input.url || input.problem || !/\.xml$/i.test(input.path)) {
      expanded.push(input)
      continue
    }
    try {
      const xml = await readTextFile(resolve(cwd, input.path), limits)
      if (!isWordPressExport(xml)) {
        throw new InputError(
          'is XML but not a WordPress export: give Markdown, text or HTML files, or the .xml of Tools → Export',
        )
      }
      const {posts, skipped} = readWordPressExport(xml)
      for (const post of posts) {
        expanded.push({
          path: `${input.path}#${post.slug}`,
          outputName: post.slug,
          expanded: true,
          html: post.html,
        })
      }
      notes.push(
        `${input.path}: ${count(posts.length, 'published post')}${describeSkipped(skipped)}`,
      )
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      expanded.push({...input, problem: error.message})
    }
  }
  return {inputs: expanded, notes}
}

function describeSkipped(skipped: Map<string, number>): string {
  if (skipped.size === 0) return ''
  const parts = [...skipped].map(([what, n]) => count(n, what))
  return `; skipped ${parts.join(', ')}`
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`
}
