import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

// Issue 9 §4: file names and essay text never reach the terminal raw.

const bin = fileURLToPath(new URL('../bin/tsuzuri.js', import.meta.url))

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** What a terminal would act on: C0 and C1 controls, DEL, bidirectional overrides. */
const terminalControls =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

const essay = '# 復帰した日\n\n書いてみます。\n'
const retitle = '\u001b]0;pwned\u0007'
const forgedSummary = 'fake\ntsuzuri: 0 parsed, 0 with warnings, 0 failed\nreal'

let folder: string
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tsuzuri-cli-escaping-'))
})
afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

// Windows allows none of these characters in file names.
describe.skipIf(process.platform === 'win32')('tsuzuri parse: file names', () => {
  it('should escape escape sequences and newlines in file names, one line per input', () => {
    mkdirSync(join(folder, 'names'))
    for (const name of [`${retitle}.md`, '\u001b[2J.md', `${forgedSummary}.md`, '\u202egnp.md'])
      writeFileSync(join(folder, 'names', name), essay)
    writeFileSync(join(folder, 'names', '\u009b31m.md'), Buffer.from('\0'))
    const result = run(['parse', 'names', '--out', 'out'], folder)
    expect(result.code).toBe(1)
    expect(result.stderr).not.toMatch(terminalControls)
    expect(result.stderr.split('\n')).toEqual([
      'tsuzuri: [1/5] names/\\x1b[2J.md -> out/\\x1b[2J.json',
      'tsuzuri: [2/5] names/\\x1b]0;pwned\\x07.md -> out/\\x1b]0;pwned\\x07.json',
      'tsuzuri: [3/5] names/fake\\ntsuzuri: 0 parsed, 0 with warnings, 0 failed\\nreal.md -> out/fake\\ntsuzuri: 0 parsed, 0 with warnings, 0 failed\\nreal.json',
      'tsuzuri: [4/5] names/\\x9b31m.md: looks binary (a NUL byte at offset 0): give a Markdown, text or HTML file',
      'tsuzuri: [5/5] names/\\u202egnp.md -> out/\\u202egnp.json',
      'tsuzuri: 4 parsed, 0 with warnings, 1 failed',
      '',
    ])
    // Only what is shown is escaped: the files keep their names.
    expect(existsSync(join(folder, 'out', `${forgedSummary}.json`))).toBe(true)
  })

  it('should escape a name given on the command line that matches nothing', () => {
    expect(
      run(['parse', `${retitle}*.md`, `${forgedSummary}.md`, '--out', 'none'], folder).stderr,
    ).toBe(
      [
        'tsuzuri: [1/2] \\x1b]0;pwned\\x07*.md: no file matches this pattern',
        'tsuzuri: [2/2] fake\\ntsuzuri: 0 parsed, 0 with warnings, 0 failed\\nreal.md: no such file',
        'tsuzuri: 0 parsed, 0 with warnings, 2 failed',
        '',
      ].join('\n'),
    )
  })
})

describe('tsuzuri parse: messages', () => {
  it('should escape essay text quoted in a warning', () => {
    writeFileSync(
      join(folder, 'kinds.md'),
      `---\nkinds:\n  "${retitle}": feelings\n---\n# T\n\nText.\n`,
    )
    const result = run(['parse', 'kinds.md'], folder)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'tsuzuri: kinds.md: warning: Frontmatter `kinds` names “\\x1b]0;pwned\\x07”, but no section has that heading or id: check the spelling\n',
    )
  })

  it('should escape what was typed in a usage error', () => {
    for (const [args, message] of [
      [[retitle], 'Unknown command `\\x1b]0;pwned\\x07`: use `parse` or `index`'],
      [['parse', 'a.md', '-f', '\u001b[2J'], 'Unknown --format `\\x1b[2J`: use json or html'],
      [['parse', 'a.md', '--\u001b[2J'], "Unknown option '--\\x1b[2J'"],
    ] as const) {
      expect(run([...args], folder)).toEqual({
        code: 2,
        stdout: '',
        stderr: `tsuzuri: ${message}\nRun \`tsuzuri --help\` for usage.\n`,
      })
    }
  })
})

describe('tsuzuri parse: the essay', () => {
  const text = `# T${retitle}\n\nText \u001b[2J here \u009b31m and \u202eevil.\n`

  it('should write JSON with terminal controls escaped as \\u, the same data', () => {
    writeFileSync(join(folder, 'controls.md'), text)
    const result = run(['parse', 'controls.md'], folder)
    expect(result.stdout).not.toMatch(terminalControls)
    const json = JSON.parse(result.stdout)
    expect(json.title).toBe(`T${retitle}`)
    expect(json.sections[0].text).toContain('\u009b31m and \u202eevil')
  })

  it('should keep HTML as written into a pipe or a file', () => {
    writeFileSync(join(folder, 'controls.md'), text)
    expect(run(['parse', 'controls.md', '-f', 'html'], folder).stdout).toContain(
      `<h1>T${retitle}</h1>`,
    )
  })

  const script = ['/usr/bin/script', '/bin/script'].find((path) => existsSync(path))
  it.runIf(process.platform === 'linux' && script)(
    'should escape the essay printed to a terminal',
    () => {
      writeFileSync(join(folder, 'controls.md'), text)
      // `script` runs the command with a terminal as its standard output.
      const result = spawnSync(
        script as string,
        ['-qec', `"${process.execPath}" "${bin}" parse controls.md -f html`, '/dev/null'],
        {cwd: folder, encoding: 'utf8', timeout: 20_000},
      )
      expect(result.status).toBe(0)
      const shown = result.stdout.replaceAll('\r\n', '\n')
      expect(shown).not.toMatch(terminalControls)
      expect(shown).toContain('<h1>T\\x1b]0;pwned\\x07</h1>\n')
      expect(shown).toContain('Text \\x1b[2J here \\x9b31m and \\u202eevil.')
    },
  )
})
