import type {Dirent} from 'node:fs'
import {lstat, readdir, readlink, realpath, stat} from 'node:fs/promises'
import {basename, extname, join, relative, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {readStart} from './output-target.js'
import {isUrlArgument, outputNameOfUrl} from './read-url.js'
import {hasGeneratorMark} from './render-output.js'

/** One input, in the order given: a post to parse, or an argument that fails as it is. */
export interface InputFile {
  /** Path as the user will recognise it, or `<stdin>` for standard input. */
  path: string
  /** Output path relative to `--out`, without extension; none when no post was found. */
  outputName: string | undefined
  /** Whether it came from a folder or glob, which always write into `--out`. */
  expanded: boolean
  /** Whether this is standard input (its `path` is `<stdin>`). */
  stdin?: boolean
  /** Whether `path` is a URL to fetch. */
  url?: boolean
  /** A post already read (from a WordPress export), as HTML. */
  html?: string
  /** Why this input fails without being read: no such file, an empty folder… */
  problem?: string
}

const essayExtensions = new Set(['.md', '.markdown', '.mdown', '.txt', '.text', '.html', '.htm'])

/**
 * Expand the CLI's input arguments: files as given, folders to their essays (recursively, in
 * name order), globs to their matches. Output names keep a post's path below its folder or the
 * glob's base, so `posts/2024/a.md` and `posts/2025/a.md` never overwrite each other. An
 * argument that matches nothing stays in its place with its problem, so that every input is
 * reported in order.
 */
export async function collectInputs(args: readonly string[], cwd: string): Promise<InputFile[]> {
  const inputs: InputFile[] = []
  const fail = (path: string, problem: string) =>
    inputs.push({path, outputName: undefined, expanded: false, problem})
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({path: '<stdin>', outputName: 'stdin', expanded: false, stdin: true})
      continue
    }
    if (isUrlArgument(arg)) {
      const url = URL.canParse(arg) ? new URL(arg) : undefined
      if (!url) fail(arg, 'is not a valid URL')
      else inputs.push({path: arg, outputName: outputNameOfUrl(url), expanded: false, url: true})
      continue
    }
    const info = await stat(resolve(cwd, arg)).catch(() => undefined)
    if (info?.isDirectory()) {
      const folder = resolve(cwd, arg)
      const found = await walk(folder, new Set())
      if (found.length === 0) fail(arg, 'folder has no .md, .txt or .html files')
      for (const file of found) {
        inputs.push({
          path: displayPath(cwd, file.path),
          // A folder that cannot be read has no output of its own.
          outputName: file.folder ? undefined : stripExtension(relative(folder, file.path)),
          expanded: true,
          ...(file.problem ? {problem: file.problem} : {}),
        })
      }
    } else if (info) {
      inputs.push({path: arg, outputName: stripExtension(basename(arg)), expanded: false})
    } else if (await isLink(resolve(cwd, arg))) {
      inputs.push({
        path: arg,
        outputName: stripExtension(basename(arg)),
        expanded: false,
        problem: await brokenLink(resolve(cwd, arg)),
      })
    } else if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, {cwd, onlyFiles: true, dot: false})).sort()
      if (matches.length === 0) fail(arg, 'no file matches this pattern')
      const base = globBase(arg)
      for (const match of matches) {
        const file = resolve(cwd, match)
        inputs.push({
          path: displayPath(cwd, file),
          outputName: stripExtension(relative(resolve(cwd, base), file)),
          expanded: true,
        })
      }
    } else {
      fail(arg, 'no such file')
    }
  }
  return inputs
}

/** A post found in a folder, or a problem found there that is reported as a failed input. */
interface Found {
  path: string
  problem?: string
  /** Whether `path` is a folder that could not be read, not a post. */
  folder?: boolean
}

/**
 * The essays in a folder and its subfolders, in name order. Links are followed, to files and
 * to folders, except a link back to a folder being walked (its posts are already there). A
 * broken link with an essay's name is kept, with its problem, so that it is reported; so is
 * anything else with an essay's name that is not a file (a pipe, a device), which reading then
 * refuses, and a folder that cannot be read.
 */
async function walk(folder: string, walking: ReadonlySet<string>): Promise<Found[]> {
  let real: string
  let entries: Dirent[]
  try {
    real = await realpath(folder)
    if (walking.has(real)) return []
    entries = await readdir(folder, {withFileTypes: true})
  } catch (error) {
    return [{path: folder, problem: unreadableFolder(error), folder: true}]
  }
  const inside = new Set(walking).add(real)
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const result: Found[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    const essayName = essayExtensions.has(extname(entry.name).toLowerCase())
    const target = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry
    if (!target) {
      if (essayName) result.push({path, problem: await brokenLink(path)})
    } else if (target.isDirectory()) result.push(...(await walk(path, inside)))
    else if (essayName && !(await isOwnOutput(path))) result.push({path})
  }
  return result
}

/**
 * Whether a file in a folder is an HTML output of an earlier `tsuzuri parse --format html` (it
 * starts with the CLI's mark): a folder that is also `--out` is not read back as posts.
 */
async function isOwnOutput(path: string): Promise<boolean> {
  if (!/\.html?$/i.test(path)) return false
  return hasGeneratorMark((await readStart(path)) ?? '')
}

function unreadableFolder(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EACCES' || code === 'EPERM') return 'folder cannot be read (permission denied)'
  return `folder cannot be read (${code ?? String(error)})`
}

async function isLink(path: string): Promise<boolean> {
  const info = await lstat(path).catch(() => undefined)
  return info?.isSymbolicLink() ?? false
}

/** The problem of a link whose target is missing (or that loops). */
async function brokenLink(path: string): Promise<string> {
  const target = await readlink(path).catch(() => undefined)
  return `is a broken link${target === undefined ? '' : ` (points to ${target})`}: fix the link or remove it`
}

/** The leading folders of a glob that contain no pattern characters. */
function globBase(pattern: string): string {
  const parts = pattern.split('/')
  const base: string[] = []
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break
    base.push(part)
  }
  return base.join('/') || '.'
}

function stripExtension(path: string): string {
  const extension = extname(path)
  return extension ? path.slice(0, -extension.length) : path
}

/** Paths below the working folder are shown relative to it, others in full. */
export function displayPath(cwd: string, file: string): string {
  const path = relative(cwd, file)
  return path.startsWith('..') ? file : path || '.'
}
