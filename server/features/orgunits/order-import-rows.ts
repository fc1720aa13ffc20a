import type { ImportIssue, ImportRow } from './read-import-csv.js'

/**
 * Rows whose parents, followed through the file, lead back to themselves (A under B, B under A). No order can create
 * them, so each is reported as part of a cycle instead of as an unknown parent.
 */
export function findParentCycles(rows: ImportRow[]): ImportIssue[] {
  const byCode = new Map(rows.map((r) => [r.code, r]))
  const issues: ImportIssue[] = []
  for (const row of rows) {
    const chain = [row.code]
    for (let p = row.parent ? byCode.get(row.parent) : undefined; p; p = p.parent ? byCode.get(p.parent) : undefined) {
      chain.push(p.code)
      if (p.code === row.code) {
        const loop = chain.join(' → ')
        issues.push({ row: row.line, column: 'parent', code: 'parent_cycle', message: `The parents in the file form a cycle: ${loop}`, message_lo: `ຫົວໜ່ວຍແມ່ໃນໄຟລ໌ວົນກັນເປັນວົງ: ${loop}` })
        break
      }
      // A cycle further up that does not pass through this row is reported on its own rows.
      if (chain.indexOf(p.code) !== chain.length - 1) break
    }
  }
  return issues
}

/** Parents named in the file go before their children, so a file can build a whole subtree at once. */
export function parentsFirst(rows: ImportRow[]): ImportRow[] {
  const byCode = new Map(rows.map((r) => [r.code, r]))
  const depth = (r: ImportRow, seen = new Set<string>()): number => {
    const p = r.parent ? byCode.get(r.parent) : undefined
    if (!p || seen.has(p.code)) return 0
    seen.add(p.code)
    return 1 + depth(p, seen)
  }
  return [...rows].sort((a, b) => depth(a) - depth(b) || a.line - b.line)
}
