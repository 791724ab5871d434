import {createRequire} from 'node:module'
import {parseCliArgs, UsageError, usage} from './cli/args.js'
import {runParse} from './cli/run-parse.js'

/**
 * Run the `tsuzuri` command with `argv` (without `node` and the script). Resolves to the exit
 * code: 0 success, 1 when an input failed, 2 on a usage error. Never throws for bad input.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const stdout = (text: string) => process.stdout.write(text)
  const stderr = (text: string) => process.stderr.write(text)
  try {
    const parsed = parseCliArgs(argv)
    if (parsed.command === 'help') {
      stdout(`${usage}\n`)
      return 0
    }
    if (parsed.command === 'version') {
      const require = createRequire(import.meta.url)
      stdout(`${(require('../package.json') as {version: string}).version}\n`)
      return 0
    }
    return await runParse(parsed.options, {
      cwd: process.cwd(),
      stdin: process.stdin,
      stdout,
      stderr,
    })
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`tsuzuri: ${error.message}\nRun \`tsuzuri --help\` for usage.\n`)
      return 2
    }
    throw error
  }
}
