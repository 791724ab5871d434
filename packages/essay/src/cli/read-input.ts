import {constants, type Stats} from 'node:fs'
import {open, stat} from 'node:fs/promises'
import {declaredCharset} from './html-charset.js'
import {formatDuration, formatSize} from './units.js'

/** A problem with one input: reported on one line, the other inputs go on. */
export class InputError extends Error {}

/** How much of an input to read, and how long to wait for it. */
export interface ReadLimits {
  /** Bytes: reading stops, and the input fails, past this many. */
  maxSize: number
  /** Milliseconds without any data after which the input fails; 0 waits forever. */
  timeout: number
}

const decoder = new TextDecoder('utf-8', {fatal: true})

// Opening a pipe blocks until it has a writer, a device may do anything: open without waiting,
// then check what was opened. (Windows has no such flag, nor pipes in folders.)
const openWithoutWaiting = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** Read a file as UTF-8 text, refusing what is not an essay: not a file, too large, binary, not UTF-8. */
export async function readTextFile(path: string, limits: ReadLimits): Promise<string> {
  refuseUnlessFile(await statOrFail(path))
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(path, openWithoutWaiting)
  } catch (error) {
    throw new InputError(describeReadError(error))
  }
  try {
    // What was opened may not be what was checked, if the path changed in between.
    const info = await handle.stat()
    refuseUnlessFile(info)
    if (info.size > limits.maxSize) {
      throw new InputError(
        `is ${formatSize(info.size)}, over the ${formatSize(limits.maxSize)} limit: raise it with --max-size if this really is one essay`,
      )
    }
    // The size is only a hint: files in /proc say 0, and a file may grow while it is read.
    const bytes = await readAtMost(handle.createReadStream({autoClose: false}), limits, 'file')
    return decodeText(bytes)
  } finally {
    // Not awaited: closing waits for a pending read, and a read that timed out may never end.
    handle.close().catch(() => {})
  }
}

/** Read standard input, with the same checks. */
export async function readStdin(
  stream: NodeJS.ReadableStream,
  limits: ReadLimits,
): Promise<string> {
  // A person typing at a terminal is there to press Ctrl-D; nobody is there for a stuck pipe.
  const interactive = (stream as {isTTY?: boolean}).isTTY === true
  const bytes = await readAtMost(
    stream,
    interactive ? {...limits, timeout: 0} : limits,
    'standard input',
  )
  return decodeText(bytes)
}

async function statOrFail(path: string): Promise<Stats> {
  try {
    return await stat(path)
  } catch (error) {
    throw new InputError(describeReadError(error))
  }
}

/** Only regular files are essays: a pipe may never end, a device never does. */
function refuseUnlessFile(info: Stats) {
  if (info.isFile()) return
  if (info.isDirectory()) throw new InputError('is a folder, not a file')
  // Both are what standard input often is: `/dev/stdin` by name leads there.
  const stream = info.isFIFO() ? 'a pipe (FIFO)' : info.isSocket() ? 'a socket' : undefined
  if (stream) {
    throw new InputError(
      `is ${stream}, not a file: give a regular file, or pipe it into \`tsuzuri parse -\``,
    )
  }
  throw new InputError('is a device, not a file: give a Markdown, text or HTML file')
}

/**
 * The bytes of `stream`, counted as they come: past `maxSize` it is destroyed and the input
 * fails, whatever the source said its size was. So does a stream that sends nothing for
 * `timeout` milliseconds.
 */
function readAtMost(
  stream: NodeJS.ReadableStream,
  limits: ReadLimits,
  source: 'file' | 'standard input',
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = (error?: InputError) => {
      clearTimeout(timer)
      stream.removeListener('data', onData)
      stream.removeListener('end', onEnd)
      if (!error)
        return resolve(Buffer.concat(chunks))
        // Stop reading what is left: an endless or stuck source is not waited for.
      ;(stream as {destroy?: () => void}).destroy?.()
      reject(error)
    }
    const wait = () => {
      if (limits.timeout === 0) return
      clearTimeout(timer)
      timer = setTimeout(
        () => finish(new InputError(stalled(source, limits.timeout))),
        limits.timeout,
      )
    }
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += buffer.length
      if (size > limits.maxSize) {
        finish(
          new InputError(
            `is over the ${formatSize(limits.maxSize)} limit: raise it with --max-size if this really is one essay`,
          ),
        )
        return
      }
      chunks.push(buffer)
      wait()
    }
    const onEnd = () => finish()
    stream.on('data', onData)
    stream.on('end', onEnd)
    // Kept after the end too: an error from a destroyed stream must not become an uncaught one.
    stream.on('error', (error) => finish(new InputError(describeReadError(error))))
    wait()
  })
}

function stalled(source: 'file' | 'standard input', timeout: number): string {
  const hint =
    source === 'file'
      ? 'check the disk or network share it is on'
      : 'check what feeds standard input'
  return `sent nothing for ${formatDuration(timeout)}: ${hint}, or raise --timeout`
}

export function decodeText(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new InputError(
      `looks binary (a NUL byte at offset ${nul}): give a Markdown, text or HTML file`,
    )
  }
  const charset = declaredCharset(bytes)
  if (charset) return decodeDeclared(bytes, charset)
  try {
    return decoder.decode(bytes)
  } catch {
    throw new InputError(
      `is not valid UTF-8 (at byte ${firstInvalidByte(bytes)}): save it as UTF-8`,
    )
  }
}

/**
 * Text in the encoding that `declaredBy` names (an HTML file's `<meta charset>`, a response's
 * `Content-Type`).
 */
export function decodeDeclared(
  bytes: Uint8Array,
  charset: string,
  declaredBy = 'its <meta charset>',
): string {
  let declared: TextDecoder
  try {
    declared = new TextDecoder(charset, {fatal: true})
  } catch {
    throw new InputError(
      `declares the encoding “${charset}”, which is not one a browser knows: fix ${declaredBy} or save it as UTF-8`,
    )
  }
  try {
    return declared.decode(bytes)
  } catch {
    throw new InputError(
      `is not valid ${declared.encoding} as ${declaredBy} says: fix the declaration or save it as UTF-8`,
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

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)'
  if (code === 'EISDIR') return 'is a folder, not a file'
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`
}
