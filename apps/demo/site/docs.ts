import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import * as path from 'node:path'
import type {Essay, Section} from '@tsuzuri/essay'
import {fromHtml} from 'hast-util-from-html'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import {visit} from 'unist-util-visit'
import {relativeHref, repositoryUrl} from './layout.js'
import {loadParser} from './parser.js'
import {docsRoot} from './paths.js'

/** A Markdown file in `docs/`, before parsing. */
export interface DocSource {
  /** Path from `docs/`, POSIX: `cli.md`, `ja/getting-started.md`. */
  path: string
  /** `en` for a top-level doc, the folder name for a translation (`ja`). */
  lang: string
  /** The file name without extension: `getting-started`. */
  name: string
  /** The page it becomes: `docs/getting-started/index.html`, `docs/index.html`. */
  file: string
}

/** A doc, parsed and rendered by `@tsuzuri/essay`. */
export interface Doc extends DocSource {
  title: string
  /** The label in the docs navigation: frontmatter `nav`, else the title. */
  navTitle: string
  order: number
  essay: Essay
  /** The article, with links between docs rewritten to the built pages. */
  body: string
  /** The same doc in other languages, by language. */
  translations: Map<string, Doc>
}

/** Folders of `docs/` that hold translations: a BCP 47 language, such as `ja` or `pt-BR`. */
const languageFolder = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

/**
 * Where a doc goes when its frontmatter has no `order`: the path a newcomer reads, then everything
 * else by title. Files not named here are still rendered.
 */
const defaultOrder = [
  'index',
  'getting-started',
  'authoring',
  'element',
  'theming',
  'api',
  'warnings',
  'how-it-works',
  'cli',
  'collection',
  'security',
  'compatibility',
  'benchmarks',
  'releasing',
]

/** Every Markdown file in `docs/` and its language folders (`docs/ja/`). */
export function discoverDocs(root = docsRoot): DocSource[] {
  if (!existsSync(root)) return []
  const result: DocSource[] = []
  const add = (relative: string, lang: string) => {
    const name = path.posix.basename(relative, '.md')
    const folder = path.posix.dirname(relative)
    const dir = folder === '.' ? 'docs' : `docs/${folder}`
    const file = name === 'index' ? `${dir}/index.html` : `${dir}/${name}/index.html`
    result.push({path: relative, lang, name, file})
  }
  for (const entry of readdirSync(root, {withFileTypes: true})) {
    if (entry.isFile() && entry.name.endsWith('.md')) add(entry.name, 'en')
    if (entry.isDirectory() && languageFolder.test(entry.name)) {
      for (const inner of readdirSync(path.join(root, entry.name), {withFileTypes: true})) {
        if (inner.isFile() && inner.name.endsWith('.md')) {
          add(`${entry.name}/${inner.name}`, entry.name)
        }
      }
    }
  }
  return result.sort((a, b) => a.path.localeCompare(b.path))
}

export interface LoadDocsOptions {
  root?: string
  /** Called for problems a docs author should fix (a link to a missing doc, …). */
  warn?: (message: string) => void
}

/** Parse and render every doc with `@tsuzuri/essay`. */
export async function loadDocs(options: LoadDocsOptions = {}): Promise<Doc[]> {
  const root = options.root ?? docsRoot
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const {parseEssay, toHtml} = await loadParser()
  const sources = discoverDocs(root)

  const docs: Doc[] = sources.map((source) => {
    const markdown = readFileSync(path.join(root, source.path), 'utf8')
    const essay = parseEssay(markdown, {format: 'markdown', lang: source.lang})
    for (const warning of essay.warnings) {
      warn(`docs/${source.path}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`)
    }
    const order = essay.frontmatter.order
    const rank = defaultOrder.indexOf(source.name)
    const title = essay.title ?? titleFromName(source.name)
    const nav = essay.frontmatter.nav
    return {
      ...source,
      title,
      navTitle: typeof nav === 'string' && nav.trim() ? nav.trim() : title,
      order: typeof order === 'number' ? order : rank === -1 ? defaultOrder.length : rank,
      essay,
      body: toHtml(essay),
      translations: new Map(),
    }
  })

  const byPath = new Map(docs.map((doc) => [doc.path, doc]))
  for (const doc of docs) {
    for (const other of docs) {
      if (other !== doc && other.name === doc.name) doc.translations.set(other.lang, other)
    }
  }
  for (const doc of docs) doc.body = finishBody(doc, byPath, root, warn)

  return docs.sort(
    (a, b) => a.order - b.order || a.title.localeCompare(b.title) || a.path.localeCompare(b.path),
  )
}

function titleFromName(name: string): string {
  const words = name.replaceAll('-', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const urlScheme = /^[a-z][a-z\d+.-]*:/i

/** Pages of the demo site that docs may link to, relative to the repository root. */
const sitePages = ['playground/', 'gallery/', 'digest/']

/**
 * Work on the rendered doc as a tree: point links between docs (`./cli.md#options`) at the
 * built pages and links to other files of the repository (`../packages/essay/README.md`) at the
 * repository on GitHub, and let the keyboard reach code blocks that scroll (`tabindex="0"`).
 */
function finishBody(
  doc: Doc,
  byPath: Map<string, Doc>,
  root: string,
  warn: (message: string) => void,
): string {
  const tree = fromHtml(doc.body, {fragment: true})
  visit(tree, 'element', (element) => {
    const {href} = element.properties
    if (element.tagName === 'a' && typeof href === 'string') {
      element.properties.href = rewriteHref(href, doc, byPath, root, warn)
    }
    if (element.tagName === 'pre') element.properties.tabIndex = 0
  })
  return hastToHtml(tree)
}

function rewriteHref(
  href: string,
  doc: Doc,
  byPath: Map<string, Doc>,
  root: string,
  warn: (message: string) => void,
): string {
  if (urlScheme.test(href) || href.startsWith('//') || href.startsWith('/')) return href
  if (href.startsWith('#')) return `#${resolveFragment(doc, href.slice(1), doc, warn)}`

  const hashIndex = href.indexOf('#')
  const target = hashIndex === -1 ? href : href.slice(0, hashIndex)
  const fragment = hashIndex === -1 ? undefined : href.slice(hashIndex + 1)
  const fromDir = path.posix.dirname(doc.path)
  const resolved = path.posix.normalize(path.posix.join(fromDir, decodeURI(target)))

  if (!resolved.startsWith('../')) {
    // A translation may link to a doc that is not translated yet: use the original.
    const untranslated = doc.lang === 'en' ? resolved : resolved.replace(`${doc.lang}/`, '')
    const candidates = [resolved, `${resolved.replace(/\/$/, '')}/index.md`, untranslated]
    const linked = candidates.map((candidate) => byPath.get(candidate)).find(Boolean)
    if (linked) {
      const id = fragment === undefined ? undefined : resolveFragment(linked, fragment, doc, warn)
      return relativeHref(doc.file, id === undefined ? pageDir(linked) : `${pageDir(linked)}#${id}`)
    }
  }

  const inRepo = path.posix.normalize(path.posix.join('docs', resolved))
  // The site's own pages: docs link to `../playground/` (from `docs/`) to reach the playground.
  const sitePage = `${inRepo.replace(/\/$/, '')}/`
  if (sitePages.includes(sitePage)) return relativeHref(doc.file, sitePage)

  const absolute = path.join(root, resolved)
  if (!inRepo.startsWith('../') && existsSync(absolute)) {
    const kind = statSync(absolute).isDirectory() ? 'tree' : 'blob'
    return `${repositoryUrl}/${kind}/main/${inRepo}${fragment === undefined ? '' : `#${fragment}`}`
  }

  warn(`docs/${doc.path}: the link \`${href}\` points at nothing in the repository or on the site`)
  return href
}

/** The page a doc becomes, as a directory URL from the site root. */
function pageDir(doc: DocSource): string {
  return doc.file.replace(/index\.html$/, '')
}

/**
 * The id of the section a fragment means. Authors write fragments the way GitHub slugs headings;
 * ours keep letters of any script and differ in punctuation, so compare letters and digits only.
 */
function resolveFragment(
  target: Doc,
  fragment: string,
  from: Doc,
  warn: (message: string) => void,
): string {
  const wanted = decodeURIComponent(fragment)
  const sections = flattenSections(target.essay.sections)
  if (sections.some((section) => section.id === wanted)) return wanted
  const loose = (value: string) =>
    value
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '')
  const matches = sections.filter((section) => loose(section.id) === loose(wanted))
  if (matches.length === 1 && matches[0]) return matches[0].id
  warn(`docs/${from.path}: no heading in docs/${target.path} has the id \`#${wanted}\``)
  return fragment
}

export function flattenSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flattenSections(section.children)])
}

/** A doc's table of contents: its headings of depth 2 and 3. */
export interface TocEntry {
  id: string
  heading: string
  children: TocEntry[]
}

export function tableOfContents(sections: readonly Section[]): TocEntry[] {
  const result: TocEntry[] = []
  for (const section of sections) {
    const children = tableOfContents(section.children)
    if (section.heading !== null && section.depth >= 2 && section.depth <= 3) {
      result.push({
        id: section.id,
        heading: section.heading,
        children: section.depth < 3 ? children : [],
      })
    } else {
      result.push(...children)
    }
  }
  return result
}
