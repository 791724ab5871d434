import {parseCliArgs, UsageError, usage} from './cli/args.js'
import {guardOutput, isClosedPipe} from './cli/output.js'
import {runIndex} from './cli/run-index.js'
import {runParse} from './cli/run-parse.js'
import {version} from './version.js'

/**
 * Run the `tsuzuri` command with `argv` (without `node` and the script). Resolves to the exit
 * code: 0 success, 1 when an input failed, 2 on a usage error. Never throws for bad input.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const stdout = guardOutput(process.stdout)
  // Standard error is where problems are reported: when it is closed, there is no one to tell.
  process.stderr.on('error', () => {})
  const stderr = (text: string) => process.stderr.write(text)
  const code = await run(argv, stdout.write, stderr)
  const failure = await stdout.settle()
  if (!failure || isClosedPipe(failure)) return code
  stderr(
    `tsuzuri: cannot write to standard output (${failure.code ?? failure.message}): check where it goes, or write files with --out <dir>\n`,
  )
  return 1
}

async function run(
  argv: readonly string[],
  stdout: (text: string) => void,
  stderr: (text: string) => void,
): Promise<number> {
  try {
    const parsed = parseCliArgs(argv)
    if (parsed.command === 'help') {
      stdout(`${usage}\n`)
      return 0
    }
    if (parsed.command === 'version') {
      stdout(`${version}\n`)
      return 0
    }
    const io = {cwd: process.cwd(), stdin: process.stdin, stdout, stderr}
    if (parsed.command === 'index') return await runIndex(parsed.options, io)
    return await runParse(parsed.options, io)
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`tsuzuri: ${error.message}\nRun \`tsuzuri --help\` for usage.\n`)
      return 2
    }
    throw error
  }
}
