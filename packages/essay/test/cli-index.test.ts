import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Collection, Essay, Section} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'
import {runCli} from './cli-run.js'

const essay = (title: string, extra = '') =>
  `---\ntitle: ${title}\nauthor: 佐藤\ndate: 2024-04-01\ntags: [育休, 復職]\nurl: https://example.com/${encodeURIComponent(title)}\n${extra}---\n\n育休から戻って半年。\n\n## 体験談\n\n会議室に呼ばれました。\n\n## 対策\n\n1. **記録を残す。** 毎日メモしましょう。\n2. **相談する。** 上司に話してみる。\n`

const pasted =
  'Moving on\n\nI left in May.\n\nWhat I learned\n\nTry to rest.\n\nAsk for help early.\n'

/** A blog's folder: Markdown and pasted text, two names that make one id, two broken posts. */
function blog(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'tsuzuri-index-'))
  const files: Record<string, string | Buffer> = {
    'posts/2024/back-to-work.md': essay('復帰した日'),
    'posts/2025/moving-on.txt': pasted,
    'posts/Back to work.md': essay('二年目'),
    'posts/back-to-work.md': essay('三年目'),
    'posts/binary.md': Buffer.from([0x23, 0x20, 0x00, 0x01]),
    'posts/frontmatter.md': '---\ntitle: ok\nno colon here\n---\n\nText.\n',
    'other/back-to-work.md': essay('四年目'),
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(cwd, path, '..'), {recursive: true})
    writeFileSync(join(cwd, path), content)
  }
  return cwd
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

function sectionIds(sections: readonly Section[], ids = new Set<string>()): Set<string> {
  for (const section of sections) {
    ids.add(section.id)
    sectionIds(section.children, ids)
  }
  return ids
}

describe('tsuzuri index', () => {
  it('should write each post as parse does, then collection.json, naming and skipping broken posts', () => {
    const cwd = blog()
    const result = runCli(
      ['index', 'posts', 'other/back-to-work.md', '--out', 'out', '--jobs', '2'],
      {cwd},
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(9)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^tsuzuri: \[\d\/7\] posts\/binary\.md: looks binary \(a NUL byte at offset 2\): give a Markdown, text or HTML file$/,
        ),
        expect.stringMatching(
          /^tsuzuri: \[\d\/7\] posts\/frontmatter\.md:3: Malformed frontmatter on line 3/,
        ),
        expect.stringMatching(
          /^tsuzuri: \[\d\/7\] other\/back-to-work\.md: would overwrite the output of posts\/back-to-work\.md: rename one of them$/,
        ),
        expect.stringMatching(
          /^tsuzuri: \[\d\/7\] posts\/2025\/moving-on\.txt -> out\/2025\/moving-on\.json$/,
        ),
      ]),
    )
    expect(lines.slice(-2)).toEqual([
      'tsuzuri: 4 parsed, 0 with warnings, 3 failed',
      'tsuzuri: out/collection.json: 4 essays, 3 skipped',
    ])

    // Each essay's file is what `tsuzuri parse` writes.
    const parse = runCli(['parse', 'posts/2024/back-to-work.md', '--out', 'parsed'], {cwd})
    expect(parse.code).toBe(0)
    expect(readFileSync(join(cwd, 'out/2024/back-to-work.json'), 'utf8')).toBe(
      readFileSync(join(cwd, 'parsed/back-to-work.json'), 'utf8'),
    )

    const text = readFileSync(join(cwd, 'out/collection.json'), 'utf8')
    expect(text.startsWith('{"$generator":"tsuzuri index","version":1,"essays":[\n{"id":')).toBe(
      true,
    )
    const collection = JSON.parse(text) as Collection
    // In the order of the inputs, whatever order the workers finished in.
    expect(collection.essays.map(({id, file, title}) => [id, file, title])).toEqual([
      ['2024-back-to-work', '2024/back-to-work.json', '復帰した日'],
      ['2025-moving-on', '2025/moving-on.json', null],
      ['back-to-work', 'Back to work.json', '二年目'],
      ['back-to-work-1', 'back-to-work.json', '三年目'],
    ])
    expect(collection.skipped).toEqual([
      {
        input: 'posts/binary.md',
        reason: 'looks binary (a NUL byte at offset 2): give a Markdown, text or HTML file',
      },
      {
        input: 'posts/frontmatter.md',
        reason: 'line 3: Malformed frontmatter on line 3: expected `key: value`',
      },
      {
        input: 'other/back-to-work.md',
        reason: 'would overwrite the output of posts/back-to-work.md: rename one of them',
      },
    ])
    expect(collection.essays[0]).toMatchObject({
      author: '佐藤',
      date: '2024-04-01',
      lang: 'ja',
      tags: ['育休', '復職'],
      url: 'https://example.com/%E5%BE%A9%E5%B8%B0%E3%81%97%E3%81%9F%E6%97%A5',
    })
    expect(collection.facets.tags).toEqual([
      {value: '復職', count: 3},
      {value: '育休', count: 3},
    ])
    expect(collection.facets.languages).toEqual([
      {value: 'ja', count: 3},
      {value: 'en', count: 1},
    ])
    // Every link resolves to a section of the essay's own file.
    for (const entry of collection.essays) {
      const parsed = readJson(join(cwd, 'out', entry.file as string)) as Essay
      const ids = sectionIds(parsed.sections)
      for (const sections of Object.values(entry.kinds)) {
        for (const section of sections) {
          expect(ids.has(section.id)).toBe(true)
          for (const item of section.items ?? []) expect(ids.has(item.section)).toBe(true)
        }
      }
    }
    expect(collection.essays[0]?.kinds.strategies?.[0]?.items).toEqual([
      {title: '記録を残す', text: '毎日メモしましょう。', section: '対策'},
      {title: '相談する', text: '上司に話してみる。', section: '対策'},
    ])

    // One job in this thread gives the same files.
    const single = runCli(
      ['index', 'posts', 'other/back-to-work.md', '--out', 'single', '--jobs', '1', '--no-cache'],
      {cwd},
    )
    expect(single.stderr).toContain('tsuzuri: [7/7] other/back-to-work.md: would overwrite')
    expect(readFileSync(join(cwd, 'single/collection.json'), 'utf8')).toBe(text)
  })

  it('should read unchanged posts from the cache and parse only what changed', () => {
    const cwd = blog()
    rmSync(join(cwd, 'other'), {recursive: true})
    rmSync(join(cwd, 'posts/binary.md'))
    rmSync(join(cwd, 'posts/frontmatter.md'))
    const index = () => runCli(['index', 'posts', '--out', 'out', '--jobs', '1'], {cwd})
    const first = index()
    expect(first.stderr).toContain('tsuzuri: 4 parsed, 0 with warnings, 0 failed\n')
    // The default cache is in node_modules/.cache/tsuzuri, here in the working folder.
    expect(readdirSync(join(cwd, 'node_modules/.cache/tsuzuri')).length).toBeGreaterThan(0)
    const collection = readFileSync(join(cwd, 'out/collection.json'), 'utf8')
    const written = statSync(join(cwd, 'out/2024/back-to-work.json')).mtimeMs

    const second = index()
    expect(second.code).toBe(0)
    expect(second.stderr).toContain(
      'tsuzuri: [1/4] posts/2024/back-to-work.md -> out/2024/back-to-work.json (unchanged)\n',
    )
    expect(second.stderr).toContain('4 parsed (4 unchanged, from the cache), 0 with warnings')
    expect(statSync(join(cwd, 'out/2024/back-to-work.json')).mtimeMs).toBe(written)
    expect(readFileSync(join(cwd, 'out/collection.json'), 'utf8')).toBe(collection)

    // A changed post, and an output that is gone, are parsed again.
    writeFileSync(join(cwd, 'posts/2025/moving-on.txt'), pasted.replace('May', 'June'))
    rmSync(join(cwd, 'out/back-to-work.json'))
    const third = index()
    expect(third.stderr).toContain('4 parsed (2 unchanged, from the cache)')
    expect(third.stderr).toContain(
      'tsuzuri: [4/4] posts/back-to-work.md -> out/back-to-work.json\n',
    )
    expect(readFileSync(join(cwd, 'out/2025/moving-on.json'), 'utf8')).toContain('June')

    // --no-cache parses everything; --cache puts the cache elsewhere.
    expect(runCli(['index', 'posts', '--out', 'out', '--no-cache'], {cwd}).stderr).toContain(
      'tsuzuri: 4 parsed, 0 with warnings',
    )
    runCli(['index', 'posts', '--out', 'out', '--cache', 'cache'], {cwd})
    expect(readdirSync(join(cwd, 'cache')).length).toBeGreaterThan(0)
  })

  it('should fail only the post whose worker thread crashes', () => {
    const cwd = blog()
    // In worker threads only: opening moving-on.txt throws where nothing catches it.
    const preload = join(cwd, 'crash.mjs')
    writeFileSync(
      preload,
      `import fs from 'node:fs'
import {syncBuiltinESMExports} from 'node:module'
import {isMainThread} from 'node:worker_threads'
if (!isMainThread) {
  const open = fs.promises.open
  fs.promises.open = function (path, ...rest) {
    if (String(path).endsWith('moving-on.txt')) setImmediate(() => { throw new Error('boom') })
    return open.call(this, path, ...rest)
  }
  syncBuiltinESMExports()
}
`,
    )
    const result = runCli(['index', 'posts/2024', 'posts/2025', '--out', 'out', '-j', '2'], {
      cwd,
      preload,
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /tsuzuri: \[\d\/2\] posts\/2025\/moving-on\.txt: stopped the worker thread parsing it \(boom\): please report this at https:\/\/github\.com\/tsuzuri\/tsuzuri\/issues\n/,
    )
    expect(result.stderr).toContain('tsuzuri: out/collection.json: 1 essay, 1 skipped\n')
    const collection = readJson(join(cwd, 'out/collection.json')) as Collection
    expect(collection.essays.map((entry) => entry.id)).toEqual(['back-to-work'])
  })

  it('should never replace a collection.json it did not write, nor let a post take its name', () => {
    const cwd = blog()
    mkdirSync(join(cwd, 'out'))
    writeFileSync(join(cwd, 'out/collection.json'), '{"mine": true}\n')
    writeFileSync(join(cwd, 'collection.md'), essay('集'))
    const result = runCli(['index', 'posts/2024', 'collection.md', '--out', 'out', '-j', '1'], {
      cwd,
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      [
        'tsuzuri: [1/2] posts/2024/back-to-work.md -> out/back-to-work.json',
        "tsuzuri: [2/2] collection.md: its output would be out/collection.json, the collection's own file: rename the post",
        'tsuzuri: 1 parsed, 0 with warnings, 1 failed',
        'tsuzuri: collection.json: would replace out/collection.json, which tsuzuri did not write: move it away or choose another --out',
        '',
      ].join('\n'),
    )
    expect(readFileSync(join(cwd, 'out/collection.json'), 'utf8')).toBe('{"mine": true}\n')
  })

  it('should refuse what index cannot do as usage errors, before reading anything', () => {
    for (const [args, message] of [
      [
        ['index', 'posts'],
        '`tsuzuri index` needs --out <dir>: where to write the posts and collection.json',
      ],
      [
        ['index', '-', '--out', 'o'],
        '`tsuzuri index` reads files, folders, globs and URLs, not standard input (`-`)',
      ],
      [
        ['index', 'posts', '-o', 'o', '--jobs', '0'],
        'Invalid --jobs `0`: use a number from 1 to 256 (1 parses in the main thread)',
      ],
      [
        ['index', 'posts', '-o', 'o', '-j', 'all'],
        'Invalid --jobs `all`: use a number from 1 to 256 (1 parses in the main thread)',
      ],
      [
        ['index', 'posts', '-o', 'o', '--cache', 'c', '--no-cache'],
        '--cache and --no-cache contradict each other: give one of them',
      ],
      [
        ['index', 'posts', '-o', 'o', '--format', 'html'],
        '--format is an option of `tsuzuri parse`, not of `index`',
      ],
      [
        ['parse', 'posts', '-o', 'o', '--jobs', '2'],
        '--jobs is an option of `tsuzuri index`, not of `parse`',
      ],
    ] as const) {
      expect(runCli([...args])).toEqual({
        code: 2,
        stdout: '',
        stderr: `tsuzuri: ${message}\nRun \`tsuzuri --help\` for usage.\n`,
      })
    }
  })

  it('should document index in --help', () => {
    const help = runCli(['--help'])
    expect(help.stdout).toContain('tsuzuri index <file|dir|glob|url>... --out <dir> [options]')
    expect(help.stdout).toContain('-j, --jobs <n>')
    expect(help.stdout).toContain('--no-cache')
  })
})
