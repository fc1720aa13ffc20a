/** A readable difference between two JSON values: one row per changed leaf, named by its path ("unit.name.lo"). */
export type DiffRow = { path: string; change: 'added' | 'removed' | 'changed'; before?: string; after?: string }

function flatten(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : Object.entries(value as Record<string, unknown>).map(([k, v]) => [prefix ? `.${k}` : k, v] as const)
    if (!entries.length) out.set(prefix || '(…)', Array.isArray(value) ? '[]' : '{}')
    for (const [k, v] of entries) flatten(v, `${prefix}${k}`, out)
    return out
  }
  if (value !== undefined) out.set(prefix || '(…)', typeof value === 'string' ? value : JSON.stringify(value))
  return out
}

export function diffJson(before: unknown, after: unknown): DiffRow[] {
  const a = before === null || before === undefined ? new Map<string, string>() : flatten(before, '', new Map())
  const b = after === null || after === undefined ? new Map<string, string>() : flatten(after, '', new Map())
  const rows: DiffRow[] = []
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path)
    const y = b.get(path)
    if (x === y) continue
    if (x === undefined) rows.push({ path, change: 'added', after: y })
    else if (y === undefined) rows.push({ path, change: 'removed', before: x })
    else rows.push({ path, change: 'changed', before: x, after: y })
  }
  return rows
}
