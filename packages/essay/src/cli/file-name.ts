/**
 * A name from elsewhere (a URL's last segment, a WordPress slug) made safe as an output file's
 * name: no separators, no characters Windows refuses, no control characters, no leading dots.
 */
export function toFileName(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are unsafe in a file name
  return value.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-').replace(/^\.+/, '')
}
