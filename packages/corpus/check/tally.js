// The running count of checks: how many passed and what each failed one says, in order.

/**
 * Checks passed so far, and the message of every failed check in the order it failed.
 *
 * @type {{passed: number, failures: string[]}}
 */
export const tally = {passed: 0, failures: []}

/**
 * Record one check.
 *
 * @param {boolean} ok
 * @param {string} message Said when `ok` is false.
 * @returns {boolean} `ok`.
 */
export function check(ok, message) {
  if (ok) tally.passed++
  else tally.failures.push(message)
  return ok
}
