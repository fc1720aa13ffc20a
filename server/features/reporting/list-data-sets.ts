import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { findPlanId } from '../plans/find-plan.js'

export async function listDataSets(db: Kysely<DB>, planCode: string) {
  const planId = await findPlanId(db, planCode)
  const rows = await db.selectFrom('data_sets as d')
    .select(['d.code', 'd.name_lo', 'd.name_en', 'd.frequency', 'd.deadline_days', 'd.review_path', 'd.is_demo',
      sql<number>`(select count(*) from data_set_members m where m.data_set_id = d.id)`.as('members')])
    .where('d.plan_id', '=', planId).orderBy('d.code').execute()
  return rows.map((r) => ({ code: r.code, name: { lo: r.name_lo, en: r.name_en }, frequency: r.frequency, deadlineDays: r.deadline_days, reviewPath: r.review_path, isDemo: r.is_demo, members: Number(r.members) }))
}
