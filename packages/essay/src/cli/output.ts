/**
 * Standard output that never crashes the process: a failed write is kept, later writes are
 * dropped, and `settle()` tells the caller what happened once everything has been flushed.
 */
export function guardOutput(stream: NodeJS.WritableStream) {
  let failure: NodeJS.ErrnoException | undefined
  let last: Promise<void> = Promise.resolve()
  // Without a listener, Node turns a failed write into an uncaught exception with a stack trace.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    failure ??= error
  })
  return {
    write(text: string) {
      if (failure) return
      last = new Promise((resolve) => {
        stream.write(text, (error) => {
          if (error) failure ??= error
          resolve()
        })
      })
    },
    /** Wait for the pending writes; resolves to the error of the first failed one, if any. */
    async settle(): Promise<NodeJS.ErrnoException | undefined> {
      await last
      return failure
    },
  }
}

/** A reader that stopped early (`tsuzuri parse post.md | head`) closed the pipe: not our failure. */
export function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE'
}
