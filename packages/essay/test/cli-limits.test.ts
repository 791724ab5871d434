import {spawn, spawnSync} from 'node:child_process'
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bin, nobody, type RunOptions, runCli, setpriv} from './cli-run.js'

// Issue 9 §2: limits that really limit, whatever the input is.

const run = (args: string[], options: RunOptions = {}) =>
  runCli(args, {stdin: 'ignore', ...options})

const essay = '# 復帰した日\n\n書いてみます。\n\n## 体験談\n\n会議室に呼ばれました。\n'

let folder: string
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tsuzuri-cli-limits-'))
  writeFileSync(join(folder, 'good.md'), essay)
})
afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

const unix = process.platform !== 'win32'

describe('tsuzuri parse: what is not a regular file', () => {
  it.runIf(existsSync('/dev/zero'))('should refuse a device with one line', () => {
    expect(run(['parse', '/dev/zero'], {cwd: folder})).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'tsuzuri: /dev/zero: is a device, not a file: give a Markdown, text or HTML file\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n',
    })
  })

  it.runIf(unix)('should refuse a named pipe (FIFO) without waiting for a writer', () => {
    mkdirSync(join(folder, 'pipes'))
    expect(spawnSync('mkfifo', [join(folder, 'pipes/post.md')]).status).toBe(0)
    writeFileSync(join(folder, 'pipes/real.md'), essay)
    const line =
      'pipes/post.md: is a pipe (FIFO), not a file: give a regular file, or pipe it into `tsuzuri parse -`'
    expect(run(['parse', 'pipes/post.md'], {cwd: folder}).stderr).toBe(
      `tsuzuri: ${line}\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n`,
    )
    // In a folder, a pipe with an essay's name is reported too, not read and not skipped.
    expect(run(['parse', 'pipes', '--out', 'pipes-out'], {cwd: folder}).stderr).toBe(
      `tsuzuri: [1/2] ${line}\ntsuzuri: [2/2] pipes/real.md -> pipes-out/real.json\ntsuzuri: 1 parsed, 0 with warnings, 1 failed\n`,
    )
  })

  it.runIf(existsSync('/dev/stdin') && unix)(
    'should point to `-` when standard input is given by a path',
    // Node gives a child a socket for standard input, a shell gives a pipe: both are refused.
    () => {
      expect(run(['parse', '/dev/stdin'], {cwd: folder, stdin: 'pipe'}).stderr).toMatch(
        /^tsuzuri: \/dev\/stdin: is a (?:pipe \(FIFO\)|socket), not a file: give a regular file, or pipe it into `tsuzuri parse -`\n/,
      )
    },
  )
})

describe('tsuzuri parse: what cannot be read', () => {
  it('should report a folder it may not read as a failed input, with one line', (context) => {
    const isRoot = process.getuid?.() === 0
    if (process.platform === 'win32' || (isRoot && !setpriv)) {
      const reason = 'permissions do not stop root (without setpriv) or Windows from reading'
      console.log(`skipped: ${reason}`)
      context.skip(reason)
    }
    mkdirSync(join(folder, 'locked/private'), {recursive: true})
    writeFileSync(join(folder, 'locked/open.md'), essay)
    writeFileSync(join(folder, 'locked/private/secret.md'), essay)
    chmodSync(join(folder, 'locked/private'), 0o700)
    // As root, the CLI runs as nobody, for whom the private folder is closed.
    if (isRoot) {
      chmodSync(folder, 0o755)
      mkdirSync(join(folder, 'locked-out'))
      chownSync(join(folder, 'locked-out'), nobody, nobody)
    }
    const result = run(['parse', 'locked', '--out', 'locked-out'], {cwd: folder, asNobody: isRoot})
    expect(result.stderr).toBe(
      'tsuzuri: [1/2] locked/open.md -> locked-out/open.json\ntsuzuri: [2/2] locked/private: folder cannot be read (permission denied)\ntsuzuri: 1 parsed, 0 with warnings, 1 failed\n',
    )
    expect(result.code).toBe(1)
  })
})

describe('tsuzuri parse --max-size', () => {
  it.runIf(existsSync('/proc/self/cmdline'))(
    'should count bytes while reading a file whose size says 0',
    () => {
      // The command line (with a long --lang) is over 1 KB, yet the file's size is 0.
      const result = run([
        'parse',
        '/proc/self/cmdline',
        '--max-size',
        '1kb',
        '--lang',
        'x'.repeat(2000),
      ])
      expect(result.stderr).toBe(
        'tsuzuri: /proc/self/cmdline: is over the 1 KB limit: raise it with --max-size if this really is one essay\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n',
      )
    },
  )

  it.runIf(existsSync('/dev/zero'))(
    'should stop reading an endless standard input at the limit',
    () => {
      const zero = openSync('/dev/zero', 'r')
      try {
        expect(run(['parse', '-', '--max-size', '1kb'], {stdin: zero}).stderr).toBe(
          'tsuzuri: <stdin>: is over the 1 KB limit: raise it with --max-size if this really is one essay\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n',
        )
      } finally {
        closeSync(zero)
      }
    },
  )
})

describe('tsuzuri parse --timeout', () => {
  it('should give up on standard input that sends nothing', async () => {
    // Standard input is a pipe whose writer stays open and silent.
    const child = spawn(process.execPath, [bin, 'parse', '-', '--timeout', '50ms'], {
      timeout: 20_000,
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.stdin.on('error', () => {})
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(stderr).toBe(
      'tsuzuri: <stdin>: sent nothing for 50 ms: check what feeds standard input, or raise --timeout\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n',
    )
    expect(code).toBe(1)
  })

  it('should read standard input that ends in time', () => {
    const result = spawnSync(process.execPath, [bin, 'parse', '-', '--timeout', '5s'], {
      input: essay,
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout).title).toBe('復帰した日')
  })

  it('should refuse a timeout that is not a duration, as a usage error', () => {
    for (const value of ['soon', '1 hour', '5h', '0.0001ms']) {
      expect(run(['parse', 'good.md', '--timeout', value], {cwd: folder})).toEqual({
        code: 2,
        stdout: '',
        stderr: `tsuzuri: Invalid --timeout \`${value}\`: use a duration such as 30s or 500ms (0 waits forever)\nRun \`tsuzuri --help\` for usage.\n`,
      })
    }
  })
})

describe('tsuzuri parse --out: folders it cannot create', () => {
  it.runIf(process.platform === 'linux')(
    'should fail at once under /proc, instead of spinning in mkdir',
    () => {
      expect(run(['parse', 'good.md', '--out', '/proc/tsuzuri/out'], {cwd: folder})).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'tsuzuri: [1/1] good.md: cannot create the folder /proc/tsuzuri (ENOENT): check that --out is a writable folder\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n',
      })
    },
  )

  it('should say which file is in the way of a folder', () => {
    writeFileSync(join(folder, 'in-the-way'), '')
    expect(run(['parse', 'good.md', '--out', 'in-the-way/out'], {cwd: folder}).stderr).toBe(
      'tsuzuri: [1/1] good.md: cannot create the folder in-the-way/out (in-the-way is a file): check that --out is a writable folder\ntsuzuri: 0 parsed, 0 with warnings, 1 failed\n',
    )
  })
})
