/** Escapes a user's text for use inside a LIKE/ILIKE pattern (so "%" and "_" match themselves). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
