#!/usr/bin/env node
// The bin lives outside dist/ so that pnpm can link it before the first build.
import {main} from '../dist/cli.js'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    // `main` reports every expected failure itself; this is a bug in Tsuzuri.
    console.error(
      `tsuzuri: internal error: ${error instanceof Error ? error.message : String(error)}`,
    )
    console.error('Please report this at https://github.com/tsuzuri/tsuzuri/issues')
    process.exitCode = 1
  },
)
