import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The CLI as users run it. */
export const bin = fileURLToPath(new URL('../bin/tsuzuri.js', import.meta.url))

/** setpriv, to run the CLI as an ordinary user when the tests run as root (who ignores permissions). */
export const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path))
export const nobody = 65534

export interface RunOptions {
  cwd?: string
  /** What standard input is (default: an empty pipe). */
  stdin?: number | 'pipe' | 'ignore'
  /** A module Node imports before the CLI (`--import`), to fake a fault. */
  preload?: string
  /** Run as `nobody` through setpriv, so permissions apply. */
  asNobody?: boolean
}

/** Run `tsuzuri` to completion; a run that hangs is ended after 20 s and fails its test. */
export function runCli(args: string[], options: RunOptions = {}) {
  const command = [
    process.execPath,
    ...(options.preload ? ['--import', options.preload] : []),
    bin,
    ...args,
  ]
  const [file, ...rest] =
    options.asNobody && setpriv
      ? [setpriv, `--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', ...command]
      : command
  const result = spawnSync(file as string, rest, {
    cwd: options.cwd,
    encoding: 'utf8',
    // Without the guards, some of these runs hang or fill the memory: the timeout ends them.
    timeout: 20_000,
    stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024,
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}
