/**
 * A readable difference between two JSON values: one row per changed leaf, named by its path ("unit.name.lo").
 * `null` stands for a JSON null; an absent side is left undefined. Both read as "no value": a field going from absent
 * to null is no change at all, and either is shown as a dash.
 */
export type DiffRow = { path: string; change: 'added' | 'removed' | 'changed'; before?: string | null; after?: string | null }

function flatten(value: unknown, prefix: string, out: Map<string, string | null>): Map<string, string | null> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : Object.entries(value as Record<string, unknown>).map(([k, v]) => [prefix ? `.${k}` : k, v] as const)
    if (!entries.length) out.set(prefix || '(…)', Array.isArray(value) ? '[]' : '{}')
    for (const [k, v] of entries) flatten(v, `${prefix}${k}`, out)
    return out
  }
  if (value !== undefined) out.set(prefix || '(…)', value === null ? null : typeof value === 'string' ? value : JSON.stringify(value))
  return out
}

const empty = (v: string | null | undefined) => v === undefined || v === null

export function diffJson(before: unknown, after: unknown): DiffRow[] {
  const a = before === null || before === undefined ? new Map<string, string | null>() : flatten(before, '', new Map())
  const b = after === null || after === undefined ? new Map<string, string | null>() : flatten(after, '', new Map())
  const rows: DiffRow[] = []
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path)
    const y = b.get(path)
    if (x === y || (empty(x) && empty(y))) continue
    if (!a.has(path)) rows.push({ path, change: 'added', after: y })
    else if (!b.has(path)) rows.push({ path, change: 'removed', before: x })
    else rows.push({ path, change: 'changed', before: x, after: y })
  }
  return rows
}

/** How a side of a row reads: a dash for no value. */
export const shown = (v: string | null | undefined): string => (v === undefined || v === null ? '—' : v)
