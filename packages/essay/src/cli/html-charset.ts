/**
 * The character encoding an HTML file declares for itself (`<meta charset="shift_jis">`,
 * `<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">`), looked for in its
 * first 1,024 bytes as browsers do: Shift_JIS and EUC-JP pages still exist in Japan, and a saved
 * page keeps the encoding it was served in.
 */
const declaration =
  /<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)|<meta\s[^>]*?content\s*=\s*["'][^"']*?charset\s*=\s*([a-z0-9_:.-]+)/i

/** The encoding an HTML file declares, as a `TextDecoder` label, or undefined (read as UTF-8). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 keeps every byte as one character, so ASCII markup reads the same in any encoding.
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  if (!/^\s*</.test(start)) return undefined
  const match = declaration.exec(start)
  const label = (match?.[1] ?? match?.[2])?.toLowerCase()
  return label === undefined || label === 'utf-8' || label === 'utf8' ? undefined : label
}
