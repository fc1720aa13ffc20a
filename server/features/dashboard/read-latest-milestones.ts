import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { pathInScope } from '../../platform/auth/scope-filter.js'
import type { Scope } from '../../platform/auth/policy.js'

export type ReportedMilestone = { status: string | null; percentComplete: number | null; period: string }

/** Each milestone's latest approved progress report from units in scope, up to the period's end. */
export async function readLatestMilestones(db: Kysely<DB>, targetIds: number[], scope: Scope, upTo: string): Promise<Map<number, ReportedMilestone>> {
  if (!targetIds.length) return new Map()
  const rows = await sql<{ target_id: number; status: string | null; percent_complete: string | null; period: string }>`
    select distinct on (mp.target_id) mp.target_id, mp.status, mp.percent_complete, r.period
    from milestone_progress mp
    join analytics_counted_reports c on c.report_id = mp.report_id
    join reports r on r.id = mp.report_id
    join org_units u on u.id = r.org_unit_id
    where mp.target_id = any(${targetIds}::int[]) and r.period_end <= ${upTo}::date and ${pathInScope('u.path', scope)}
    order by mp.target_id, r.period_end desc, c.counted_at desc`.execute(db)
  return new Map(rows.rows.map((r) => [r.target_id, { status: r.status, percentComplete: r.percent_complete === null ? null : Number(r.percent_complete), period: r.period }]))
}
