import {parseArgs} from 'node:util'
import {validateOptions} from '../lib/parse-essay.js'
import {type IndexOptions, indexOptions} from './index-args.js'
import {UsageError} from './usage-error.js'

export {UsageError}

export const usage = `Usage: tsuzuri parse <file|dir|glob|url|->... [options]
       tsuzuri index <file|dir|glob|url>... --out <dir> [options]

Parse personal essays (Markdown, plain text or a post's HTML) into sections tagged by kind;
index many posts into one collection (who wrote what, each kind of section, every strategy).

  tsuzuri parse post.md                  print the essay as JSON
  tsuzuri parse post.md --format html    print it as HTML
  tsuzuri parse posts/ --out build/      write one file per post into build/
  tsuzuri parse 'posts/**/*.md' --out build/
  tsuzuri parse https://example.com/2026/03/back-to-work/ --out build/
  cat post.md | tsuzuri parse -          read standard input
  tsuzuri index posts/ --out build/      write each post's JSON and build/collection.json

Options:
  -f, --format <json|html>         output format (default: json)
      --json-ld                    with --format html, add the essay as schema.org
                                   structured data (<script type="application/ld+json">)
  -o, --out <dir>                  write one output per post into <dir> (needed for
                                   several inputs); names follow the posts
                                   (back-to-work.md -> back-to-work.json)
      --input <auto|markdown|text|html>
                                   how to read the input (default: auto)
      --lang <tag>                 language of the essays (default: detected)
      --max-size <size>            largest input to read, e.g. 500kb, 10mb (default: 10mb)
      --timeout <duration>         give up on an input that sends nothing for this
                                   long, e.g. 30s, 500ms; 0 waits forever (default: 60s;
                                   for a URL, the whole request: 15s)
  -q, --quiet                      no progress lines (warnings, errors and the
                                   summary still print)
  -h, --help                       show this help
  -v, --version                    show the version

Options of index only (it always writes JSON, and needs --out):
  -j, --jobs <n>                   parse n posts at once, in worker threads (default:
                                   the number of CPUs; 1 parses in the main thread)
      --cache <dir>                remember each post's summary by its content, so a
                                   second run parses only what changed (default:
                                   node_modules/.cache/tsuzuri in the project)
      --no-cache                   parse every post and remember nothing

Exit status: 0 when every input parsed, 1 when any input failed, 2 on a usage error.`

export interface CliOptions {
  inputs: string[]
  format: 'json' | 'html'
  /** With `format: 'html'`: add the essay's schema.org JSON-LD (`toHtml`'s `jsonLd`). */
  jsonLd: boolean
  out: string | undefined
  input: 'auto' | 'markdown' | 'text' | 'html'
  lang: string | undefined
  maxSize: number
  /** Milliseconds to wait for an input that sends nothing; 0 waits forever. */
  timeout: number
  /** Milliseconds a URL may take, all of it: `--timeout`, else 15 s; 0 waits forever. */
  urlTimeout: number
  quiet: boolean
}

export type ParsedArgs =
  | {command: 'help'}
  | {command: 'version'}
  | {command: 'parse'; options: CliOptions}
  | {command: 'index'; options: IndexOptions}

const defaultMaxSize = 10 * 1024 * 1024
// Long enough for a slow command feeding standard input, short enough that a build whose
// input never comes fails within a minute instead of hanging.
const defaultTimeout = 60_000
// A page that takes longer than this is not coming: what a browser user would wait, at most.
const defaultUrlTimeout = 15_000

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message.replace(/\. To specify.*$/s, '') : String(error),
    )
  }
  const {values, positionals} = parsed
  if (values.help) return {command: 'help'}
  if (values.version) return {command: 'version'}
  const [command, ...inputs] = positionals
  if (command === undefined) throw new UsageError('Missing command: try `tsuzuri parse <file>`')
  if (command !== 'parse' && command !== 'index')
    throw new UsageError(`Unknown command \`${command}\`: use \`parse\` or \`index\``)
  refuseOtherCommandFlags(command, values)
  if (inputs.length === 0)
    throw new UsageError(
      'Missing input: give a file, a folder, a glob, a URL, or `-` for standard input',
    )

  const format = values.format ?? 'json'
  if (format !== 'json' && format !== 'html') {
    throw new UsageError(`Unknown --format \`${format}\`: use json or html`)
  }
  const jsonLd = values['json-ld'] ?? false
  if (jsonLd && format !== 'html') {
    throw new UsageError('--json-ld needs --format html: structured data goes into the HTML')
  }
  const input = values.input ?? 'auto'
  if (input !== 'auto' && input !== 'markdown' && input !== 'text' && input !== 'html') {
    throw new UsageError(`Unknown --input \`${input}\`: use auto, markdown, text or html`)
  }
  const lang = values.lang
  if (lang !== undefined) {
    // Refuse exactly what `parseEssay` refuses, here, instead of failing every input with it.
    try {
      validateOptions({lang})
    } catch {
      // Quoted, so that an empty or blank value shows.
      throw new UsageError(
        `Invalid --lang ${JSON.stringify(lang)}: use a language tag such as ja, en or en-US`,
      )
    }
  }
  if (inputs.filter((value) => value === '-').length > 1) {
    throw new UsageError('Standard input (`-`) can be read only once')
  }
  if (command === 'index') {
    return {
      command: 'index',
      options: indexOptions(values, {inputs, input, lang, ...limitsOf(values)}),
    }
  }
  return {
    command: 'parse',
    options: {
      inputs,
      format,
      jsonLd,
      out: values.out,
      input,
      lang,
      ...limitsOf(values),
    },
  }
}

type Values = ReturnType<typeof parse>['values']

function limitsOf(values: Values) {
  return {
    maxSize: values['max-size'] === undefined ? defaultMaxSize : parseSize(values['max-size']),
    timeout: values.timeout === undefined ? defaultTimeout : parseDuration(values.timeout),
    urlTimeout: values.timeout === undefined ? defaultUrlTimeout : parseDuration(values.timeout),
    quiet: values.quiet ?? false,
  }
}

/** The flags only one command takes. */
const commandOfFlag = {
  format: 'parse',
  'json-ld': 'parse',
  jobs: 'index',
  cache: 'index',
  'no-cache': 'index',
} as const

function refuseOtherCommandFlags(command: 'parse' | 'index', values: Values) {
  for (const [flag, owner] of Object.entries(commandOfFlag)) {
    if (owner !== command && values[flag as keyof typeof commandOfFlag] !== undefined) {
      throw new UsageError(`--${flag} is an option of \`tsuzuri ${owner}\`, not of \`${command}\``)
    }
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: {type: 'string', short: 'f'},
      'json-ld': {type: 'boolean'},
      jobs: {type: 'string', short: 'j'},
      cache: {type: 'string'},
      'no-cache': {type: 'boolean'},
      out: {type: 'string', short: 'o'},
      input: {type: 'string'},
      lang: {type: 'string'},
      'max-size': {type: 'string'},
      timeout: {type: 'string'},
      quiet: {type: 'boolean', short: 'q'},
      help: {type: 'boolean', short: 'h'},
      version: {type: 'boolean', short: 'v'},
    },
  })
}

const units: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1024,
  k: 1024,
  mb: 1024 ** 2,
  m: 1024 ** 2,
  gb: 1024 ** 3,
  g: 1024 ** 3,
}

export function parseSize(value: string): number {
  const match = /^(\d{1,12}(?:\.\d{1,6})?)\s*([a-z]{0,2})$/i.exec(value.trim())
  const unit = units[(match?.[2] ?? '').toLowerCase()]
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new UsageError(`Invalid --max-size \`${value}\`: use a size such as 500kb or 10mb`)
  }
  const bytes = Math.floor(Number(match[1]) * unit)
  if (bytes < 1) {
    throw new UsageError(
      `Invalid --max-size \`${value}\`: that is less than one byte; use a size such as 500kb or 10mb`,
    )
  }
  return bytes
}

const durationUnits: Record<string, number> = {'': 1000, ms: 1, s: 1000, m: 60_000}

/** A duration in milliseconds: `500ms`, `30s`, `2m`, or a number of seconds; `0` is none. */
export function parseDuration(value: string): number {
  const match = /^(\d{1,9}(?:\.\d{1,3})?)\s*([a-z]{0,2})$/i.exec(value.trim())
  const unit = durationUnits[(match?.[2] ?? '').toLowerCase()]
  const milliseconds = match && unit !== undefined ? Math.round(Number(match[1]) * unit) : NaN
  // 0 is allowed (wait forever), but not a duration so short it rounds to 0.
  if (Number.isNaN(milliseconds) || (milliseconds === 0 && Number(match?.[1]) !== 0)) {
    throw new UsageError(
      `Invalid --timeout \`${value}\`: use a duration such as 30s or 500ms (0 waits forever)`,
    )
  }
  return milliseconds
}
