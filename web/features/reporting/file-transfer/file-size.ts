type Fmt = { number: (v: number, maxDigits?: number) => string }

/** "20 MB", "512 KB", in the reader's number format. */
export function fileSize(bytes: number, fmt: Fmt): string {
  const mb = bytes / 1024 / 1024
  return mb >= 1 ? `${fmt.number(mb, mb < 10 ? 1 : 0)} MB` : `${fmt.number(Math.max(1, Math.round(bytes / 1024)), 0)} KB`
}
