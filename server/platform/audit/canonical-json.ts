/**
 * One text per value, whoever wrote it: object keys sorted, no spaces, Dates as ISO strings, undefined dropped.
 * The audit hash is taken over this text, and jsonb hands objects back with its own key order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value))
}

function normalise(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : normalise(v)))
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[k]
      if (v !== undefined) out[k] = normalise(v)
    }
    return out
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null
  if (typeof value === 'bigint') return value.toString()
  return value
}

/** The value as it will read back from jsonb (plain JSON), or null. */
export function toJsonValue(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(canonicalJson(value))
}
