import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { periodTypeOf } from '../../../common/periods.js'

/**
 * Units whose counted reports mix period types or hold two reports for one period: only their values can supersede
 * one another or be duplicated, so only they need the (slower) exact rules in a full rebuild.
 */
export async function unitsNeedingExactRules(trx: Kysely<DB>): Promise<number[]> {
  const rows = await sql<{ org_unit_id: number; period: string; n: number }>`
    select c.org_unit_id, r.period, count(*)::int as n
    from analytics_counted_reports c join reports r on r.id = c.report_id
    group by c.org_unit_id, r.period`.execute(trx)
  const types = new Map<number, Set<string>>()
  const exact = new Set<number>()
  for (const row of rows.rows) {
    if (row.n > 1) exact.add(row.org_unit_id)
    const set = types.get(row.org_unit_id) ?? new Set<string>()
    set.add(periodTypeOf(row.period))
    types.set(row.org_unit_id, set)
  }
  for (const [unit, set] of types) if (set.size > 1) exact.add(unit)
  return [...exact]
}
