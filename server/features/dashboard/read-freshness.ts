import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Scope } from '../../platform/auth/policy.js'
import { pathInScope } from '../../platform/auth/scope-filter.js'

/** How many reports count in scope, and when the latest was approved (one small row per reporting unit). */
export async function readFreshness(db: Kysely<DB>, planId: number, scope: Scope) {
  const row = await sql<{ last: Date | null; n: number | null }>`
    select max(s.last_approved_at) as last, sum(s.approved_reports)::int as n
    from analytics_unit_reports s join org_units u on u.id = s.org_unit_id
    where s.plan_id = ${planId} and ${pathInScope('u.path', scope)}`.execute(db)
  const r = row.rows[0]
  return { lastApprovedAt: r?.last ? new Date(r.last).toISOString() : null, approvedReports: Number(r?.n ?? 0) }
}
