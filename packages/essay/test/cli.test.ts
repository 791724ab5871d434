import {spawn, spawnSync} from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'

const bin = fileURLToPath(new URL('../bin/tsuzuri.js', import.meta.url))
const version = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version

function run(args: string[], options: {cwd?: string; input?: string | Buffer} = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    timeout: 20_000,
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Run with standard output piped into a reader that closes it after the first chunk, as `head` does. */
function runIntoEarlyClose(args: string[], cwd: string) {
  return new Promise<{code: number | null; stderr: string}>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, timeout: 20_000})
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.stdout.once('data', () => child.stdout.destroy())
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stderr}))
  })
}

const essay =
  '# 復帰した日\n\n書いてみます。\n\n## 体験談\n\n会議室に呼ばれました。\n\n## 対策\n\n1. **記録を残す。** 毎日メモしましょう。\n2. **相談する。** 上司に話してみる。\n'

let folder: string
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tsuzuri-cli-'))
  mkdirSync(join(folder, 'posts/2024'), {recursive: true})
  writeFileSync(join(folder, 'posts/back-to-work.md'), essay)
  writeFileSync(join(folder, 'posts/2024/back-to-work.md'), essay.replace('復帰した日', '二年目'))
  writeFileSync(
    join(folder, 'posts/notes.txt'),
    'Moving on\n\nI left in May.\n\nWhat I learned\n\nTry to rest.\n',
  )
  writeFileSync(join(folder, 'posts/ignore.json'), '{}')
  mkdirSync(join(folder, 'bad'))
  writeFileSync(join(folder, 'bad/good.md'), essay)
  writeFileSync(join(folder, 'bad/binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]))
  writeFileSync(join(folder, 'bad/latin1.md'), Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9]))
  writeFileSync(join(folder, 'bad/frontmatter.md'), '---\ntitle: ok\nno colon here\n---\n\nText.')
  writeFileSync(join(folder, 'bad/zz-good.md'), 'Last one.')
})

describe('tsuzuri CLI', () => {
  it('should print --help and --version', () => {
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: tsuzuri parse <file|dir|glob|url|->...')
    expect(run(['--version'])).toMatchObject({code: 0, stdout: `${version}\n`})
  })

  it('should print the essay JSON for one file', () => {
    const result = run(['parse', 'posts/back-to-work.md'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const json = JSON.parse(result.stdout)
    expect(json.title).toBe('復帰した日')
    expect(json.sections.map((section: {kind: string}) => section.kind)).toEqual([
      'intro',
      'experience',
      'strategies',
    ])
    expect(json.sections[2].items.map((item: {title: string}) => item.title)).toEqual([
      '記録を残す',
      '相談する',
    ])
  })

  it('should print HTML with --format html, and read standard input with -', () => {
    const result = run(['parse', '-', '--format', 'html'], {input: essay})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^<article class="tsuzuri-essay" lang="ja">/)
    expect(result.stdout).toContain('<section id="体験談" data-kind="experience">')
    expect(result.stdout).toContain('<script type="application/json" data-tsuzuri-essay>')
  })

  it('should write one output per post for a folder, keeping subfolders apart', () => {
    const result = run(['parse', 'posts', '--out', 'out'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(readdirSync(join(folder, 'out')).sort()).toEqual([
      '2024',
      'back-to-work.json',
      'notes.json',
    ])
    expect(JSON.parse(readFileSync(join(folder, 'out/2024/back-to-work.json'), 'utf8')).title).toBe(
      '二年目',
    )
    expect(result.stderr).toContain(
      '[1/3] posts/2024/back-to-work.md -> out/2024/back-to-work.json',
    )
    expect(result.stderr).toContain('tsuzuri: 3 parsed, 0 with warnings, 0 failed')
  })

  it('should expand globs and write HTML', () => {
    const result = run(['parse', 'posts/*.md', '--out', 'html-out', '-f', 'html', '--quiet'], {
      cwd: folder,
    })
    expect(result.code).toBe(0)
    expect(readdirSync(join(folder, 'html-out'))).toEqual(['back-to-work.html'])
    expect(result.stderr).toBe('tsuzuri: 1 parsed, 0 with warnings, 0 failed\n')
  })

  it('should report each bad file on one line, write the good ones, and exit 1', () => {
    const result = run(['parse', 'bad', '--out', 'bad-out', '--quiet'], {cwd: folder})
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toEqual([
      'tsuzuri: [1/5] bad/binary.md: looks binary (a NUL byte at offset 2): give a Markdown, text or HTML file',
      'tsuzuri: [2/5] bad/frontmatter.md:3: Malformed frontmatter on line 3: expected `key: value`',
      'tsuzuri: [4/5] bad/latin1.md: is not valid UTF-8 (at byte 5): save it as UTF-8',
      'tsuzuri: 2 parsed, 0 with warnings, 3 failed',
    ])
    expect(readdirSync(join(folder, 'bad-out')).sort()).toEqual(['good.json', 'zz-good.json'])
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('should number failure lines like progress lines, every input in the order given', () => {
    const result = run(
      ['parse', 'nope.md', 'posts/back-to-work.md', 'none/*.md', 'bad/binary.md', '--out', 'mixed'],
      {cwd: folder},
    )
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      'tsuzuri: [1/4] nope.md: no such file',
      'tsuzuri: [2/4] posts/back-to-work.md -> mixed/back-to-work.json',
      'tsuzuri: [3/4] none/*.md: no file matches this pattern',
      'tsuzuri: [4/4] bad/binary.md: looks binary (a NUL byte at offset 2): give a Markdown, text or HTML file',
      'tsuzuri: 1 parsed, 0 with warnings, 3 failed',
    ])
  })

  // Creating links on Windows needs special rights.
  it.skipIf(process.platform === 'win32')(
    'should follow links in a folder, and report a broken one as a failed input',
    () => {
      mkdirSync(join(folder, 'links'))
      writeFileSync(join(folder, 'links/good.md'), essay)
      symlinkSync('good.md', join(folder, 'links/linked.md'))
      symlinkSync('missing.md', join(folder, 'links/broken.md'))
      symlinkSync('gone', join(folder, 'links/not-an-essay'))
      // A link back up the tree is not walked again.
      symlinkSync('.', join(folder, 'links/again'))
      const result = run(['parse', 'links', '--out', 'links-out'], {cwd: folder})
      expect(result.code).toBe(1)
      expect(result.stderr.trim().split('\n')).toEqual([
        'tsuzuri: [1/3] links/broken.md: is a broken link (points to missing.md): fix the link or remove it',
        'tsuzuri: [2/3] links/good.md -> links-out/good.json',
        'tsuzuri: [3/3] links/linked.md -> links-out/linked.json',
        'tsuzuri: 2 parsed, 0 with warnings, 1 failed',
      ])
      expect(run(['parse', 'links/broken.md'], {cwd: folder}).stderr).toBe(
        'tsuzuri: links/broken.md: is a broken link (points to missing.md): fix the link or remove it\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n',
      )
    },
  )

  it('should remove the output an earlier run wrote for an input that fails now, and say so', () => {
    mkdirSync(join(folder, 'stale/in'), {recursive: true})
    writeFileSync(join(folder, 'stale/in/good.md'), essay)
    writeFileSync(join(folder, 'stale/in/now-broken.md'), essay)
    expect(run(['parse', 'stale/in', '--out', 'stale/out'], {cwd: folder}).code).toBe(0)
    expect(run(['parse', 'stale/in', '--out', 'stale/out', '-f', 'html'], {cwd: folder}).code).toBe(
      0,
    )
    writeFileSync(join(folder, 'stale/out/deleted-post.json'), '{"old": true}')
    writeFileSync(join(folder, 'stale/in/now-broken.md'), Buffer.from([0x23, 0x20, 0xe9]))
    const result = run(['parse', 'stale/in', '--out', 'stale/out'], {cwd: folder})
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      'tsuzuri: [1/2] stale/in/good.md -> stale/out/good.json',
      'tsuzuri: [2/2] stale/in/now-broken.md: is not valid UTF-8 (at byte 2): save it as UTF-8; removed stale/out/now-broken.json from an earlier run',
      'tsuzuri: 1 parsed, 0 with warnings, 1 failed',
    ])
    // Only the file that input would have written goes.
    expect(readdirSync(join(folder, 'stale/out')).sort()).toEqual([
      'deleted-post.json',
      'good.html',
      'good.json',
      'now-broken.html',
    ])
    // A failure with nothing stale behind it says nothing more.
    expect(run(['parse', 'stale/in', '--out', 'stale/out'], {cwd: folder}).stderr).toContain(
      'tsuzuri: [2/2] stale/in/now-broken.md: is not valid UTF-8 (at byte 2): save it as UTF-8\n',
    )
  })

  it('should keep the output of this run when a second input with the same name fails', () => {
    const result = run(
      ['parse', 'posts/back-to-work.md', 'posts/2024/back-to-work.md', '--out', 'same-name'],
      {cwd: folder},
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'tsuzuri: [2/2] posts/2024/back-to-work.md: would overwrite the output of posts/back-to-work.md: rename one of them\n',
    )
    expect(
      JSON.parse(readFileSync(join(folder, 'same-name/back-to-work.json'), 'utf8')).title,
    ).toBe('復帰した日')
  })

  it('should show paths outside the working folder in full, outputs as inputs', () => {
    const elsewhere = join(folder, 'posts')
    const result = run(
      ['parse', join(folder, 'bad/good.md'), `${folder}/posts/*.md`, '--out', join(folder, 'full')],
      {cwd: elsewhere},
    )
    expect(result.code).toBe(0)
    expect(result.stderr.trim().split('\n')).toEqual([
      `tsuzuri: [1/2] ${folder}/bad/good.md -> ${folder}/full/good.json`,
      `tsuzuri: [2/2] back-to-work.md -> ${folder}/full/back-to-work.json`,
      'tsuzuri: 2 parsed, 0 with warnings, 0 failed',
    ])
  })

  it('should refuse a missing file and an oversized file with one clear line each', () => {
    expect(run(['parse', 'nope.md'], {cwd: folder})).toMatchObject({
      code: 1,
      stderr: 'tsuzuri: nope.md: no such file\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n',
    })
    const big = run(['parse', 'posts/back-to-work.md', '--max-size', '100b'], {cwd: folder})
    expect(big.code).toBe(1)
    expect(big.stderr).toContain(
      `posts/back-to-work.md: is ${Buffer.byteLength(essay)} B, over the 100 B limit: raise it with --max-size`,
    )
  })

  it('should print warnings with file and line', () => {
    writeFileSync(join(folder, 'warn.md'), '<!-- tsuzuri: tips -->\n## A\n\nText.')
    const result = run(['parse', 'warn.md'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('tsuzuri: warn.md:1: warning: Unknown kind `tips`')
  })

  it('should stop quietly when the reader of standard output closes it early', async () => {
    // Its JSON is a few times what a pipe holds, so the write is still going when the reader leaves.
    writeFileSync(join(folder, 'big.md'), essay.repeat(100))
    const result = await runIntoEarlyClose(['parse', 'big.md'], folder)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it.runIf(existsSync('/dev/full'))(
    'should report any other failure to write standard output on one line and exit 1',
    () => {
      const full = openSync('/dev/full', 'w')
      try {
        const result = spawnSync(process.execPath, [bin, 'parse', 'posts/back-to-work.md'], {
          cwd: folder,
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
          timeout: 20_000,
        })
        expect(result.status).toBe(1)
        expect(result.stderr).toBe(
          'tsuzuri: cannot write to standard output (ENOSPC): check where it goes, or write files with --out <dir>\n',
        )
      } finally {
        closeSync(full)
      }
    },
  )

  it('should refuse an empty --lang as a usage error, before reading anything', () => {
    for (const value of ['', '  ']) {
      const result = run(['parse', 'posts/back-to-work.md', '--lang', value], {cwd: folder})
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `tsuzuri: Invalid --lang ${JSON.stringify(value)}: use a language tag such as ja, en or en-US\nRun \`tsuzuri --help\` for usage.\n`,
      })
    }
    const english = run(['parse', 'posts/back-to-work.md', '--lang', 'en-US'], {cwd: folder})
    expect(english.code).toBe(0)
    expect(JSON.parse(english.stdout).lang).toBe('en-US')
  })

  it('should refuse a --max-size below one byte as a usage error', () => {
    for (const value of ['0.5', '0.9b']) {
      expect(run(['parse', 'posts/back-to-work.md', '--max-size', value], {cwd: folder})).toEqual({
        code: 2,
        stdout: '',
        stderr: `tsuzuri: Invalid --max-size \`${value}\`: that is less than one byte; use a size such as 500kb or 10mb\nRun \`tsuzuri --help\` for usage.\n`,
      })
    }
    expect(run(['parse', 'posts/back-to-work.md', '--max-size', '0.5kb'], {cwd: folder}).code).toBe(
      0,
    )
  })

  it('should exit 2 on usage errors', () => {
    for (const args of [
      [],
      ['parse'],
      ['convert', 'a.md'],
      ['parse', 'a.md', '--bogus'],
      ['parse', 'a.md', '-f', 'xml'],
      ['parse', 'a.md', '--max-size', 'lots'],
      ['parse', 'a.md', '--max-size', '0.5'],
      ['parse', 'a.md', '--lang', ''],
      ['parse', 'a.md', '--lang='],
      ['parse', 'posts'],
    ]) {
      const result = run(args, {cwd: folder})
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^tsuzuri: .+\nRun `tsuzuri --help` for usage\.\n$/)
    }
  })
})
