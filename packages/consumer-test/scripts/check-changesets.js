#!/usr/bin/env node
/**
 * The changeset check: a branch that changes what a public package ships (the files listed in
 * `changedFilePatterns` in `.changeset/config.json`) must add a changeset.
 *
 * `changeset status` compares the working tree with a base. On the base branch itself (a fresh
 * clone of `main`, which is what CI checks out) there is nothing to compare, and comparing the
 * uncommitted work of whoever runs the tests with `main` would fail for the wrong reason; so the
 * check runs only on a branch with commits beyond the base, and prints why it skipped otherwise.
 * Set `TSUZURI_CHANGESET_BASE` (a ref or commit) to force a comparison, e.g. in a pull request
 * job: `TSUZURI_CHANGESET_BASE=origin/main`.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * What the check needs to know about the checkout.
 *
 * @typedef GitState
 * @property {string | null} head
 *   Commit of `HEAD`; `null` outside a git work tree or before the first commit.
 * @property {string | null} branch
 *   Current branch name; `null` when `HEAD` is detached.
 * @property {string} baseBranch
 *   `baseBranch` from `.changeset/config.json` (`main`).
 * @property {string | null} override
 *   An explicit base from `TSUZURI_CHANGESET_BASE`, or `null`.
 * @property {{ref: string, mergeBase: string | null} | null} base
 *   The first of `origin/<baseBranch>` and `<baseBranch>` that exists, with the merge base of it
 *   and `HEAD` (`null` when they share no history, as in a shallow clone); `null` when neither
 *   exists.
 */

/**
 * What to do: run `changeset status --since=<since>`, or skip. `note` says why, for the log.
 *
 * @typedef {{run: true, since: string, note: string} | {run: false, note: string}} Decision
 */

/**
 * Decide whether and against what to run `changeset status`.
 *
 * @param {GitState} state
 * @returns {Decision}
 */
export function decide(state) {
  if (state.override) {
    return {
      run: true,
      since: state.override,
      note: `comparing with ${state.override} (TSUZURI_CHANGESET_BASE)`,
    }
  }
  if (!state.head) {
    return {run: false, note: 'not a git checkout with commits: nothing to compare'}
  }
  if (state.branch === state.baseBranch) {
    return {
      run: false,
      note: `on ${state.baseBranch} itself: changesets are checked on branches that merge into it`,
    }
  }
  if (!state.base) {
    return {
      run: false,
      note: `no ${state.baseBranch} branch (local or origin) to compare with`,
    }
  }
  if (!state.base.mergeBase) {
    return {
      run: false,
      note: `no history shared with ${state.base.ref} (shallow clone?): fetch it to check`,
    }
  }
  if (state.base.mergeBase === state.head) {
    return {run: false, note: `no commits beyond ${state.base.ref}`}
  }
  return {
    run: true,
    since: state.base.mergeBase,
    note: `comparing with ${state.base.ref} (merge base ${state.base.mergeBase.slice(0, 10)})`,
  }
}

/**
 * Run git in `cwd`; the trimmed standard output, or `null` when git fails.
 *
 * @param {string} cwd
 * @param {string[]} args
 * @returns {string | null}
 */
function git(cwd, args) {
  const result = spawnSync('git', args, {cwd, encoding: 'utf8'})
  return result.status === 0 ? result.stdout.trim() : null
}

/**
 * Read the state of the checkout around `cwd`.
 *
 * @param {string} cwd
 * @param {NodeJS.ProcessEnv} env
 * @returns {{root: string | null, state: GitState}}
 */
export function readState(cwd, env) {
  const override = env.TSUZURI_CHANGESET_BASE?.trim() || null
  const root = git(cwd, ['rev-parse', '--show-toplevel'])
  const baseBranch = root ? readBaseBranch(root) : 'main'
  const head = root ? git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) : null
  if (!root || !head) {
    return {root, state: {head: null, branch: null, baseBranch, override, base: null}}
  }
  const branch = git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'])
  let base = null
  for (const ref of [`origin/${baseBranch}`, baseBranch]) {
    if (git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) {
      base = {ref, mergeBase: git(root, ['merge-base', 'HEAD', ref])}
      break
    }
  }
  return {root, state: {head, branch, baseBranch, override, base}}
}

/**
 * `baseBranch` from `.changeset/config.json` in `root`, `main` when unset.
 *
 * @param {string} root
 * @returns {string}
 */
function readBaseBranch(root) {
  try {
    const config = JSON.parse(readFileSync(path.join(root, '.changeset', 'config.json'), 'utf8'))
    return typeof config.baseBranch === 'string' ? config.baseBranch : 'main'
  } catch {
    return 'main'
  }
}

/**
 * Run the check in the checkout around `cwd`; resolves to the exit code (0 pass or skip, 1 a
 * package changed without a changeset, or `changeset status` failed otherwise).
 *
 * @param {{cwd?: string, env?: NodeJS.ProcessEnv, log?: (line: string) => void}} [options]
 * @returns {number}
 */
export function checkChangesets(options = {}) {
  const {cwd = process.cwd(), env = process.env, log = console.log} = options
  const {root, state} = readState(cwd, env)
  const decision = decide(state)
  if (!decision.run || !root) {
    log(`changeset check skipped: ${decision.note}`)
    return 0
  }
  log(`changeset check: ${decision.note}`)
  const require = createRequire(import.meta.url)
  const bin = require.resolve('@changesets/cli/bin.js')
  const result = spawnSync(process.execPath, [bin, 'status', `--since=${decision.since}`], {
    cwd: root,
    encoding: 'utf8',
    env: {...env, FORCE_COLOR: '0'},
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
  if (output) log(output)
  if (result.status !== 0) {
    log(
      'changeset check failed: record the change with `pnpm changeset` ' +
        '(or `pnpm changeset --empty` when it needs no release) and commit the new .changeset/*.md',
    )
  }
  return result.status ?? 1
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = checkChangesets()
}
