import {readFile, stat} from 'node:fs/promises'

/** A problem with one input: reported on one line, the other inputs go on. */
export class InputError extends Error {}

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Read a file as UTF-8 text, refusing what is not an essay: too large, binary, not UTF-8. */
export async function readTextFile(path: string, maxSize: number): Promise<string> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (error) {
    throw new InputError(describeFsError(error))
  }
  if (info.isDirectory()) throw new InputError('is a folder, not a file')
  if (info.size > maxSize) {
    throw new InputError(
      `is ${formatSize(info.size)}, over the ${formatSize(maxSize)} limit: raise it with --max-size if this really is one essay`,
    )
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new InputError(describeFsError(error))
  }
  return decodeText(bytes)
}

/** Read standard input, with the same checks. */
export async function readStdin(stream: NodeJS.ReadableStream, maxSize: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > maxSize) {
      throw new InputError(`is over the ${formatSize(maxSize)} limit: raise it with --max-size`)
    }
    chunks.push(buffer)
  }
  return decodeText(Buffer.concat(chunks))
}

export function decodeText(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new InputError(`looks binary (a NUL byte at offset ${nul}): give a Markdown or text file`)
  }
  try {
    return decoder.decode(bytes)
  } catch {
    throw new InputError(
      `is not valid UTF-8 (at byte ${firstInvalidByte(bytes)}): save it as UTF-8`,
    )
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0
    if (length === 0 || index + length > bytes.length) return index
    try {
      decoder.decode(bytes.subarray(index, index + length))
    } catch {
      return index
    }
    index += length
  }
  return index
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)'
  if (code === 'EISDIR') return 'is a folder, not a file'
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`
  return `${bytes} B`
}
