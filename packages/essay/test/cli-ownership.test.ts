import {spawn, spawnSync} from 'node:child_process'
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bin, nobody, type RunOptions, runCli, setpriv} from './cli-run.js'

// Every reproduction of issue 9 §1: the CLI replaces or removes only files it can prove it wrote.

const run = (args: string[], options: RunOptions & {cwd: string}) => runCli(args, options)

const essay = '# 復帰した日\n\n書いてみます。\n\n## 体験談\n\n会議室に呼ばれました。\n'
const binary = Buffer.from('bad\0')
const packageJson = '{\n  "name": "my-project",\n  "private": true\n}\n'

/** Every file below `folder`, hidden ones included, as paths relative to it. */
function listAll(folder: string): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'}).sort()
}

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tsuzuri-cli-ownership-'))
})
afterAll(() => {
  rmSync(root, {recursive: true, force: true})
})

/** A fresh folder for one test, with the given files. */
function project(name: string, files: Record<string, string | Buffer> = {}): string {
  const folder = join(root, name)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), {recursive: true})
    writeFileSync(join(folder, path), content)
  }
  mkdirSync(folder, {recursive: true})
  return folder
}

describe('tsuzuri parse --out: files it did not write', () => {
  it('should leave a file with the output’s name alone when the input fails', () => {
    const cwd = project('package', {'proj/package.md': binary, 'proj/package.json': packageJson})
    const result = run(['parse', 'proj/package.md', '--out', 'proj'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'tsuzuri: [1/1] proj/package.md: looks binary (a NUL byte at offset 3): give a Markdown, text or HTML file\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n',
    )
    expect(readFileSync(join(cwd, 'proj/package.json'), 'utf8')).toBe(packageJson)
  })

  it('should refuse to replace a file it did not write, and say what to do', () => {
    const cwd = project('foreign', {'proj/package.md': essay, 'proj/package.json': packageJson})
    const result = run(['parse', 'proj/package.md', '--out', 'proj'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'tsuzuri: [1/1] proj/package.md: would replace proj/package.json, which tsuzuri did not write: move it away or choose another --out\n',
    )
    expect(readFileSync(join(cwd, 'proj/package.json'), 'utf8')).toBe(packageJson)
    expect(listAll(join(cwd, 'proj'))).toEqual(['package.json', 'package.md'])
  })

  it('should never delete its own input when it is too large', () => {
    const data = `{"rows": [${'1,'.repeat(600)}1]}\n`
    const cwd = project('data-large', {'data.json': data})
    const result = run(['parse', 'data.json', '--out', '.', '--max-size', '100b'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('data.json: is 1.2 KB, over the 100 B limit')
    expect(result.stderr).not.toContain('removed')
    expect(readFileSync(join(cwd, 'data.json'), 'utf8')).toBe(data)
  })

  it('should never overwrite its own input', () => {
    const data = '{"rows": [1, 2, 3]}\n'
    const page = '<!doctype html>\n<title>Home</title>\n<p>Welcome.</p>\n'
    const cwd = project('data-small', {'data.json': data, 'page.html': page})
    const json = run(['parse', 'data.json', '--out', '.'], {cwd})
    expect(json.code).toBe(1)
    expect(json.stderr).toContain(
      'tsuzuri: [1/1] data.json: its output would replace the input itself: choose another --out\n',
    )
    const html = run(['parse', 'page.html', '--format', 'html', '--out', '.'], {cwd})
    expect(html.code).toBe(1)
    expect(html.stderr).toContain(
      'tsuzuri: [1/1] page.html: its output would replace the input itself: choose another --out\n',
    )
    expect(readFileSync(join(cwd, 'data.json'), 'utf8')).toBe(data)
    expect(readFileSync(join(cwd, 'page.html'), 'utf8')).toBe(page)
  })

  it('should never overwrite the file standard input comes from', () => {
    const cwd = project('stdin', {'stdin.json': '# 下書き\n\n本文。\n'})
    const input = openSync(join(cwd, 'stdin.json'), 'r')
    try {
      const result = spawnSync(process.execPath, [bin, 'parse', '-', '--out', '.'], {
        cwd,
        stdio: [input, 'pipe', 'pipe'],
        encoding: 'utf8',
        timeout: 20_000,
      })
      expect(result.stderr).toContain(
        'tsuzuri: [1/1] <stdin>: its output would replace the input itself: choose another --out\n',
      )
    } finally {
      closeSync(input)
    }
    expect(readFileSync(join(cwd, 'stdin.json'), 'utf8')).toBe('# 下書き\n\n本文。\n')
  })

  it('should never overwrite another input of the run, nor an earlier output given as input', () => {
    const cwd = project('other-input', {'notes.md': essay, 'notes.json': '{"mine": true}\n'})
    const result = run(['parse', 'notes.md', 'notes.json', '--out', '.'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'tsuzuri: [1/2] notes.md: its output would replace the input notes.json: choose another --out\n',
    )
    expect(readFileSync(join(cwd, 'notes.json'), 'utf8')).toBe('{"mine": true}\n')

    // An output of an earlier run, given as an input, is an input now.
    expect(run(['parse', 'notes.md', '--out', 'out'], {cwd}).code).toBe(0)
    const earlier = readFileSync(join(cwd, 'out/notes.json'), 'utf8')
    const again = run(['parse', 'out/notes.json', '--out', 'out'], {cwd})
    expect(again.stderr).toContain(
      'out/notes.json: its output would replace the input itself: choose another --out',
    )
    expect(readFileSync(join(cwd, 'out/notes.json'), 'utf8')).toBe(earlier)
  })

  it.skipIf(process.platform === 'win32')(
    'should see through links: a hard link to an input, a link in --out, a folder linked twice',
    () => {
      const cwd = project('links', {'posts/a.md': essay, 'posts/2024/a.md': essay})
      mkdirSync(join(cwd, 'out'))
      linkSync(join(cwd, 'posts/a.md'), join(cwd, 'out/a.json'))
      const hard = run(['parse', 'posts/a.md', '--out', 'out'], {cwd})
      expect(hard.stderr).toContain(
        'posts/a.md: its output would replace the input itself: choose another --out',
      )
      expect(readFileSync(join(cwd, 'posts/a.md'), 'utf8')).toBe(essay)

      // A link is not a file tsuzuri wrote, whatever it points to.
      rmSync(join(cwd, 'out/a.json'))
      writeFileSync(join(cwd, 'elsewhere.json'), packageJson)
      symlinkSync('../elsewhere.json', join(cwd, 'out/a.json'))
      const link = run(['parse', 'posts/a.md', '--out', 'out'], {cwd})
      expect(link.stderr).toContain(
        'posts/a.md: would replace out/a.json, which is a link: move it away or choose another --out',
      )
      expect(readFileSync(join(cwd, 'elsewhere.json'), 'utf8')).toBe(packageJson)

      // out/2024 is out itself: both posts would be written to one file.
      rmSync(join(cwd, 'out/a.json'))
      symlinkSync('.', join(cwd, 'out/2024'))
      const twice = run(['parse', 'posts', '--out', 'out'], {cwd})
      expect(twice.code).toBe(1)
      expect(twice.stderr.split('\n')).toEqual([
        'tsuzuri: [1/2] posts/2024/a.md -> out/2024/a.json',
        'tsuzuri: [2/2] posts/a.md: would overwrite the output of posts/2024/a.md: rename one of them',
        'tsuzuri: 1 parsed, 0 with warnings, 1 failed',
        '',
      ])
    },
  )

  it('should not let Notes.md and notes.md overwrite each other on a case-insensitive disk', (context) => {
    const cwd = project('case', {
      'a/Notes.md': essay,
      'b/notes.md': essay.replace('復帰', '二年目'),
    })
    writeFileSync(join(cwd, 'Probe'), '')
    if (!existsSync(join(cwd, 'probe'))) {
      const reason = `${tmpdir()} is case-sensitive: Notes.json and notes.json are two files here`
      console.log(`skipped: ${reason}`)
      context.skip(reason)
    }
    const result = run(['parse', 'a/Notes.md', 'b/notes.md', '--out', 'out'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'tsuzuri: [2/2] b/notes.md: would overwrite the output of a/Notes.md: rename one of them\n',
    )
    expect(JSON.parse(readFileSync(join(cwd, 'out/Notes.json'), 'utf8')).title).toBe('復帰した日')
  })
})

/**
 * A file system without inode numbers (some FUSE and network mounts report 0), faked by a module
 * Node loads before the CLI: every `stat` it makes says `ino: 0`.
 */
const noInodes = `
import fs from 'node:fs'
import {syncBuiltinESMExports} from 'node:module'
const zero = (info) => { if (info) info.ino = typeof info.ino === 'bigint' ? 0n : 0; return info }
for (const name of ['stat', 'lstat', 'fstat']) {
  const original = fs.promises[name]
  fs.promises[name] = async (...args) => zero(await original(...args))
}
for (const name of ['statSync', 'lstatSync', 'fstatSync']) {
  const original = fs[name]
  fs[name] = (...args) => zero(original(...args))
}
const handle = await fs.promises.open(new URL(import.meta.url))
const FileHandle = Object.getPrototypeOf(handle)
await handle.close()
const stat = FileHandle.stat
FileHandle.stat = async function (...args) { return zero(await stat.apply(this, args)) }
syncBuiltinESMExports()
`

describe('tsuzuri parse --out: a file system without inode numbers', () => {
  it('should still never overwrite its input, another input, nor an earlier output given as input', () => {
    const cwd = project('no-inodes', {'notes.md': essay, 'notes.json': '{"mine": true}\n'})
    const preload = join(cwd, 'no-inodes.mjs')
    writeFileSync(preload, noInodes)
    const probe = run(['parse', 'notes.md', '--out', 'out'], {cwd, preload})
    expect(probe.code).toBe(0)

    const other = run(['parse', 'notes.md', 'notes.json', '--out', '.'], {cwd, preload})
    expect(other.stderr).toContain(
      'tsuzuri: [1/2] notes.md: its output would replace the input notes.json: choose another --out\n',
    )
    expect(readFileSync(join(cwd, 'notes.json'), 'utf8')).toBe('{"mine": true}\n')

    const earlier = readFileSync(join(cwd, 'out/notes.json'), 'utf8')
    const again = run(['parse', 'out/notes.json', '--out', 'out'], {cwd, preload})
    expect(again.stderr).toContain(
      'out/notes.json: its output would replace the input itself: choose another --out',
    )
    expect(readFileSync(join(cwd, 'out/notes.json'), 'utf8')).toBe(earlier)
  })
})

describe('tsuzuri parse --out: files it wrote', () => {
  it('should mark each file it writes, and replace a marked file on the next run', () => {
    const cwd = project('marked', {'posts/a.md': essay})
    expect(run(['parse', 'posts', '--out', 'out'], {cwd}).code).toBe(0)
    expect(run(['parse', 'posts', '--out', 'out', '-f', 'html'], {cwd}).code).toBe(0)
    const json = readFileSync(join(cwd, 'out/a.json'), 'utf8')
    expect(json.startsWith('{\n  "$generator": "tsuzuri parse",\n  "title": "復帰した日",')).toBe(
      true,
    )
    const html = readFileSync(join(cwd, 'out/a.html'), 'utf8')
    expect(html.startsWith('<!-- generated by tsuzuri parse -->\n<article ')).toBe(true)

    writeFileSync(join(cwd, 'posts/a.md'), essay.replace('復帰した日', '二年目'))
    const again = run(['parse', 'posts', '--out', 'out'], {cwd})
    expect(again.code).toBe(0)
    expect(JSON.parse(readFileSync(join(cwd, 'out/a.json'), 'utf8')).title).toBe('二年目')
    expect(listAll(join(cwd, 'out'))).toEqual(['a.html', 'a.json'])
  })

  it('should remove its own earlier output for an input that fails now, and nothing else', () => {
    const cwd = project('stale', {'posts/a.md': essay, 'posts/b.md': essay})
    expect(run(['parse', 'posts', '--out', 'out'], {cwd}).code).toBe(0)
    writeFileSync(join(cwd, 'out/c.json'), '{"mine": true}\n')
    writeFileSync(join(cwd, 'posts/b.md'), binary)
    writeFileSync(join(cwd, 'posts/c.md'), binary)
    const result = run(['parse', 'posts', '--out', 'out'], {cwd})
    expect(result.stderr.split('\n')).toEqual([
      'tsuzuri: [1/3] posts/a.md -> out/a.json',
      'tsuzuri: [2/3] posts/b.md: looks binary (a NUL byte at offset 3): give a Markdown, text or HTML file; removed out/b.json from an earlier run',
      'tsuzuri: [3/3] posts/c.md: looks binary (a NUL byte at offset 3): give a Markdown, text or HTML file',
      'tsuzuri: 1 parsed, 0 with warnings, 2 failed',
      '',
    ])
    expect(listAll(join(cwd, 'out'))).toEqual(['a.json', 'c.json'])
  })
})

/**
 * A folder on a small tmpfs of its own, so that the disk can be filled and made read-only.
 * Mounting needs root (or CAP_SYS_ADMIN); without it these tests are skipped with the reason.
 */
function mountSmallDisk(folder: string): string | undefined {
  mkdirSync(folder, {recursive: true})
  if (process.platform !== 'linux') return `mounting a tmpfs needs Linux, not ${process.platform}`
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder], {
    encoding: 'utf8',
  })
  if (mounted.status === 0) return undefined
  return `cannot mount a 64 KB tmpfs (${(mounted.stderr || String(mounted.error)).trim()}): run the tests as root to include them`
}

function unmount(folder: string) {
  spawnSync('umount', [folder])
}

describe('tsuzuri parse --out: a write that fails', () => {
  let cwd: string
  let cannotMount: string | undefined
  beforeAll(() => {
    cwd = project('faults', {'posts/a.md': essay})
    cannotMount = mountSmallDisk(join(cwd, 'out'))
  })
  afterAll(() => {
    if (!cannotMount) unmount(join(cwd, 'out'))
  })

  it('should keep the earlier output when the disk is full (ENOSPC), and say so', (context) => {
    if (cannotMount) {
      console.log(`skipped: ${cannotMount}`)
      context.skip(cannotMount)
    }
    expect(run(['parse', 'posts', '--out', 'out'], {cwd}).code).toBe(0)
    const earlier = readFileSync(join(cwd, 'out/a.json'), 'utf8')
    // Fill the disk: the filler stops where the tmpfs does.
    spawnSync('dd', ['if=/dev/zero', `of=${join(cwd, 'out/filler')}`, 'bs=4k', 'count=64'])
    writeFileSync(join(cwd, 'posts/a.md'), essay.repeat(40))
    const result = run(['parse', 'posts', '--out', 'out'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'tsuzuri: [1/1] posts/a.md: cannot write out/a.json (ENOSPC: the disk is full): free some space; out/a.json from an earlier run is kept\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n',
    )
    expect(readFileSync(join(cwd, 'out/a.json'), 'utf8')).toBe(earlier)
    expect(listAll(join(cwd, 'out'))).toEqual(['a.json', 'filler'])
    rmSync(join(cwd, 'out/filler'))
  })

  it('should keep the earlier output on a read-only disk (EROFS), and say so', (context) => {
    if (cannotMount) {
      console.log(`skipped: ${cannotMount}`)
      context.skip(cannotMount)
    }
    writeFileSync(join(cwd, 'posts/a.md'), essay)
    expect(run(['parse', 'posts', '--out', 'out'], {cwd}).code).toBe(0)
    const earlier = readFileSync(join(cwd, 'out/a.json'), 'utf8')
    writeFileSync(join(cwd, 'posts/a.md'), essay.replace('復帰した日', '二年目'))
    expect(spawnSync('mount', ['-o', 'remount,ro', join(cwd, 'out')]).status).toBe(0)
    try {
      const result = run(['parse', 'posts', '--out', 'out'], {cwd})
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(
        'tsuzuri: [1/1] posts/a.md: cannot write out/a.json (EROFS: the disk is read-only): choose a writable --out; out/a.json from an earlier run is kept\n',
      )
      // An input that fails cannot remove its earlier output either: the line says why.
      writeFileSync(join(cwd, 'posts/a.md'), binary)
      expect(run(['parse', 'posts', '--out', 'out'], {cwd}).stderr).toContain(
        'give a Markdown, text or HTML file; out/a.json from an earlier run is still there (cannot remove it: EROFS)\n',
      )
      expect(readFileSync(join(cwd, 'out/a.json'), 'utf8')).toBe(earlier)
    } finally {
      spawnSync('mount', ['-o', 'remount,rw', join(cwd, 'out')])
    }
  })

  it('should keep the earlier output in a folder it may not write to (EACCES)', (context) => {
    const isRoot = process.getuid?.() === 0
    if (process.platform === 'win32' || (isRoot && !setpriv)) {
      const reason = 'permissions do not stop root (without setpriv) or Windows from writing'
      console.log(`skipped: ${reason}`)
      context.skip(reason)
    }
    const folder = project('denied', {'posts/a.md': essay})
    // As root, the CLI runs as nobody: its folders must be nobody's, and reachable.
    if (isRoot) makeNobodys(folder)
    const asUser = {cwd: folder, asNobody: isRoot}
    expect(run(['parse', 'posts', '--out', 'out'], asUser).code).toBe(0)
    const earlier = readFileSync(join(folder, 'out/a.json'), 'utf8')
    chmodSync(join(folder, 'out'), 0o555)
    try {
      const result = run(['parse', 'posts', '--out', 'out'], asUser)
      expect(result.stderr).toContain(
        'posts/a.md: cannot write out/a.json (EACCES: permission denied): check that --out is a writable folder; out/a.json from an earlier run is kept\n',
      )
      expect(readFileSync(join(folder, 'out/a.json'), 'utf8')).toBe(earlier)
      expect(listAll(join(folder, 'out'))).toEqual(['a.json'])
    } finally {
      chmodSync(join(folder, 'out'), 0o755)
    }
  })
})

/** Hand `folder` (and the way to it) to nobody, for a CLI run with `asNobody`. */
function makeNobodys(folder: string) {
  chmodSync(root, 0o755)
  chownSync(folder, nobody, nobody)
  for (const path of listAll(folder)) chownSync(join(folder, path), nobody, nobody)
}

/**
 * Loaded with `node --import` before the CLI: `rename` says so on standard error and then never
 * settles, so the CLI is caught with its temporary file written and not yet renamed.
 */
const renameThatHangs = `
import {createRequire, syncBuiltinESMExports} from 'node:module'
const fs = createRequire(import.meta.url)('node:fs/promises')
fs.rename = () => {
  process.stderr.write('renaming\\n')
  // A timer keeps the process alive, as a slow disk would.
  return new Promise(() => setInterval(() => {}, 1000))
}
syncBuiltinESMExports()
`

function interruptWhileRenaming(cwd: string, preload: string, signal: NodeJS.Signals) {
  return new Promise<{signal: NodeJS.Signals | null; stderr: string}>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', preload, bin, 'parse', 'posts', '--out', 'out'],
      {cwd, timeout: 20_000},
    )
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
      if (stderr.includes('renaming\n')) child.kill(signal)
    })
    child.on('error', reject)
    child.on('close', (_code, received) => resolve({signal: received, stderr}))
  })
}

describe.skipIf(process.platform === 'win32')('tsuzuri parse --out: interrupted', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`should leave no temporary file behind on ${signal}, and the earlier output as it was`, async () => {
      const cwd = project(`signal-${signal}`, {'posts/a.md': essay})
      const preload = join(cwd, 'rename-that-hangs.mjs')
      writeFileSync(preload, renameThatHangs)
      expect(run(['parse', 'posts', '--out', 'out'], {cwd}).code).toBe(0)
      const earlier = readFileSync(join(cwd, 'out/a.json'), 'utf8')
      writeFileSync(join(cwd, 'posts/a.md'), essay.replace('復帰した日', '二年目'))
      const result = await interruptWhileRenaming(cwd, preload, signal)
      expect(result.stderr).toBe('renaming\n')
      // It still dies of the signal, as it would without the clean-up, so callers see why.
      expect(result.signal).toBe(signal)
      expect(listAll(join(cwd, 'out'))).toEqual(['a.json'])
      expect(readFileSync(join(cwd, 'out/a.json'), 'utf8')).toBe(earlier)
    })
  }
})
