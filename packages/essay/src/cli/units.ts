/** A size as people write it: `916 B`, `1.2 KB`, `10 MB` (powers of 1024, as `--max-size`). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`
  return `${bytes} B`
}

/** A duration as people write it: `50 ms`, `1.5 s`, `60 s`. */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${milliseconds} ms`
  return `${(milliseconds / 1000).toFixed(1).replace(/\.0$/, '')} s`
}
