import {spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkChangesets, decide, type GitState} from '../scripts/check-changesets.js'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const head = 'a'.repeat(40)
const fork = 'b'.repeat(40)

function state(overrides: Partial<GitState>): GitState {
  return {
    head,
    branch: 'feature',
    baseBranch: 'main',
    override: null,
    base: {ref: 'origin/main', mergeBase: fork},
    ...overrides,
  }
}

describe('decide', () => {
  it('should compare a branch with commits beyond main from their merge base', () => {
    expect(decide(state({}))).toMatchObject({run: true, since: fork})
  })

  it('should compare a detached HEAD (a pull request checkout) from the merge base', () => {
    expect(decide(state({branch: null}))).toMatchObject({run: true, since: fork})
  })

  it('should skip on main itself, as in a fresh clone of main', () => {
    expect(decide(state({branch: 'main', base: {ref: 'origin/main', mergeBase: head}}))).toEqual({
      run: false,
      note: expect.stringContaining('on main'),
    })
  })

  it('should skip when the branch has no commits beyond main', () => {
    expect(decide(state({base: {ref: 'main', mergeBase: head}}))).toMatchObject({run: false})
  })

  it('should skip when there is no main to compare with', () => {
    expect(decide(state({base: null}))).toMatchObject({run: false})
  })

  it('should skip when the histories do not meet (a shallow clone)', () => {
    expect(decide(state({base: {ref: 'origin/main', mergeBase: null}}))).toMatchObject({
      run: false,
    })
  })

  it('should skip outside a git checkout', () => {
    expect(decide(state({head: null, branch: null, base: null}))).toMatchObject({run: false})
  })

  it('should compare with an explicit base whatever the branch', () => {
    expect(decide(state({branch: 'main', override: 'origin/main'}))).toMatchObject({
      run: true,
      since: 'origin/main',
    })
  })
})

describe('checkChangesets in a git repository', () => {
  let dir = ''
  let clones = ''
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => key !== 'TSUZURI_CHANGESET_BASE' && !key.startsWith('GIT_'),
    ),
  )
  const gitEnv = {
    ...env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  }

  function git(cwd: string, ...args: string[]): string {
    const result = spawnSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd,
      env: gitEnv,
      encoding: 'utf8',
    })
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
    return result.stdout.trim()
  }

  function check(cwd: string): {code: number; log: string} {
    const lines: string[] = []
    const code = checkChangesets({cwd, env, log: (line) => lines.push(line)})
    return {code, log: lines.join('\n')}
  }

  async function write(file: string, text: string): Promise<void> {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true})
    await writeFile(path.join(dir, file), text)
  }

  beforeAll(async () => {
    const tmp = await mkdtemp(path.join(tmpdir(), 'tsuzuri-changesets-'))
    dir = path.join(tmp, 'repo')
    clones = path.join(tmp, 'clones')
    await mkdir(dir)
    // A workspace like ours, with our own changeset config (ignore list emptied: its packages
    // are not here).
    const config = JSON.parse(await readFile(path.join(repoRoot, '.changeset/config.json'), 'utf8'))
    await write('.changeset/config.json', JSON.stringify({...config, ignore: []}, null, 2))
    await write('package.json', '{"name": "fixture", "private": true}\n')
    await write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n')
    await write('packages/lib/package.json', '{"name": "@fixture/lib", "version": "1.0.0"}\n')
    await write('packages/lib/src/index.js', 'export const one = 1\n')
    await write('packages/lib/test/index.test.js', '// tests\n')
    git(dir, 'init', '--quiet', '--initial-branch=main')
    git(dir, 'add', '.')
    git(dir, 'commit', '--quiet', '-m', 'init')
  })

  afterAll(async () => {
    if (dir) await rm(path.dirname(dir), {recursive: true, force: true})
  })

  it('should skip on main, even with uncommitted changes to package sources', async () => {
    await write('packages/lib/src/index.js', 'export const one = 1 // work in progress\n')
    const {code, log} = check(dir)
    git(dir, 'checkout', '--quiet', '--', '.')
    expect(log).toContain('skipped: on main')
    expect(code).toBe(0)
  })

  it('should fail a branch that changes packages/*/src without a changeset', async () => {
    git(dir, 'checkout', '--quiet', '-b', 'feature')
    await write('packages/lib/src/index.js', 'export const one = 1\nexport const two = 2\n')
    git(dir, 'commit', '--quiet', '-am', 'Add two')
    const {code, log} = check(dir)
    expect(log).toContain('no changesets were found')
    expect(code).toBe(1)
  })

  it('should fail that branch in a fresh clone of it too (main only as origin/main)', () => {
    const clone = path.join(clones, 'feature')
    git(dir, 'clone', '--quiet', '--branch', 'feature', dir, clone)
    const {code, log} = check(clone)
    expect(log).toContain('comparing with origin/main')
    expect(code).toBe(1)
  })

  it('should pass that branch once it adds a changeset', async () => {
    await write('.changeset/add-two.md', '---\n"@fixture/lib": minor\n---\n\nAdd `two`.\n')
    git(dir, 'add', '.changeset/add-two.md')
    git(dir, 'commit', '--quiet', '-m', 'Changeset')
    const {code, log} = check(dir)
    expect(log).toContain('@fixture/lib')
    expect(code).toBe(0)
  })

  it('should pass a branch that changes only tests', async () => {
    git(dir, 'checkout', '--quiet', 'main')
    git(dir, 'checkout', '--quiet', '-b', 'tests-only')
    await write('packages/lib/test/index.test.js', '// more tests\n')
    git(dir, 'commit', '--quiet', '-am', 'More tests')
    const {code, log} = check(dir)
    expect(log).toContain('comparing with main')
    expect(code).toBe(0)
  })

  it('should skip in a fresh clone of main, which is what CI runs', () => {
    const clone = path.join(clones, 'main')
    git(dir, 'clone', '--quiet', '--branch', 'main', dir, clone)
    const {code, log} = check(clone)
    expect(log).toContain('skipped: on main')
    expect(code).toBe(0)
  })
})
