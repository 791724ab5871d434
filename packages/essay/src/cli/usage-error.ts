import {printableLine} from './terminal-text.js'

/**
 * A mistake in how the CLI was called: exit code 2. Its message quotes what was typed, which
 * may hold escape sequences, so it is made printable here, once for every place that throws it.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(printableLine(message))
  }
}
