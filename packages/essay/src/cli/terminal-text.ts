/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls and DEL (escape
 * sequences retitle or clear the terminal, a newline forges a line), and the bidirectional
 * overrides, which make a name read in another order than it is.
 */
const terminalControl =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** The same, except the line breaks and tabs that lay out a multi-line text. */
const terminalControlInText =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const named: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

function escapeControl(character: string): string {
  const code = character.charCodeAt(0)
  return (
    named[character] ??
    (code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`)
  )
}

/**
 * One line as the terminal should show it, whatever a file name or an essay put in it: every
 * control character is written out as an escape (`\n`, `\x1b`, `\u202e`). Backslashes are left
 * alone, so Windows paths stay readable.
 */
export function printableLine(text: string): string {
  return text.replace(terminalControl, escapeControl)
}

/** A whole text (an essay printed to a terminal), keeping its line breaks and tabs. */
export function printableText(text: string): string {
  return text.replace(terminalControlInText, escapeControl)
}

/** What JSON.stringify leaves raw of those: it escapes only the C0 controls. */
const terminalControlInJson =
  /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * JSON with the characters a terminal acts on written as `\u` escapes. Outside its strings,
 * JSON is plain ASCII, so every match is inside a string, where `\u009b` means what the
 * character means: the data is the same.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(
    terminalControlInJson,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
