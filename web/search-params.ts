/** Small validators for URL search parameters (the router parses JSON-looking values, so "2023" may arrive as 2023). */

export const optString = (v: unknown): string | undefined => {
  if (typeof v === 'number') return String(v)
  return typeof v === 'string' && v.trim() ? v.trim() : undefined
}

export const optInt = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : Number.NaN
  return Number.isInteger(n) && n > 0 ? n : undefined
}

export const optOneOf = <T extends string>(values: readonly T[]) => (v: unknown): T | undefined =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined
