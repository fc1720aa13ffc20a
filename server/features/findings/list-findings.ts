import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { bi, findPlanId, num } from '../plans/find-plan.js'

export async function listFindings(db: Kysely<DB>, planCode: string) {
  const planId = await findPlanId(db, planCode)
  const rows = await db.selectFrom('findings').selectAll().where('plan_id', '=', planId).orderBy('severity').orderBy('code').execute()
  const order: Record<string, number> = { error: 0, warning: 1, info: 2 }
  return rows.sort((a, b) => (order[a.severity] ?? 9) - (order[b.severity] ?? 9)).map((f) => ({
    code: f.code, kind: f.kind, severity: f.severity, subject: f.subject_type ? { type: f.subject_type, code: f.subject_code } : null,
    title: bi(f.title_lo, f.title_en),
    a: f.figure_a_label || f.src_a ? { value: num(f.figure_a), label: f.figure_a_label, src: f.src_a } : null,
    b: f.figure_b_label || f.src_b ? { value: num(f.figure_b), label: f.figure_b_label, src: f.src_b } : null,
    detail: f.detail,
  }))
}
