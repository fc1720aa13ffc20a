import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

/** Unit ids along a materialised path ("/1/5/9" → [1, 5, 9]). */
export const ancestorIdsOf = (path: string): number[] => path.split('/').filter(Boolean).map(Number)

/**
 * Serialises summary changes for one reporting unit: its contribution is computed from what is committed, so two
 * approvals for the same unit must not compute at the same time. Other units proceed in parallel.
 */
export async function lockUnitAnalytics(trx: Kysely<DB>, unitId: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${ANALYTICS_LOCK_CLASS}, ${unitId})`.execute(trx)
}
const ANALYTICS_LOCK_CLASS = 7301

/** Recounts a unit's counted reports and latest approval for one plan (freshness). */
export async function refreshUnitReportStats(trx: Kysely<DB>, planId: number, unitId: number): Promise<void> {
  await trx.deleteFrom('analytics_unit_reports').where('plan_id', '=', planId).where('org_unit_id', '=', unitId).execute()
  await sql`
    insert into analytics_unit_reports (plan_id, org_unit_id, approved_reports, last_approved_at)
    select plan_id, org_unit_id, count(*), max(counted_at) from analytics_counted_reports
    where plan_id = ${planId} and org_unit_id = ${unitId}
    group by plan_id, org_unit_id`.execute(trx)
}
