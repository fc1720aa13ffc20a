import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { bi, findPlanId } from '../plans/find-plan.js'

export async function listLegislation(db: Kysely<DB>, planCode: string, type?: string) {
  const planId = await findPlanId(db, planCode)
  let q = db.selectFrom('legal_instruments').selectAll().where('plan_id', '=', planId)
  if (type) q = q.where('type', '=', type)
  const rows = await q.orderBy('src_line').orderBy('id').execute()
  const byType: Record<string, number> = {}
  for (const r of rows) byType[r.type] = (byType[r.type] ?? 0) + 1
  return {
    items: rows.map((r) => ({ code: r.code, type: r.type, no: r.no, number: r.number, date: r.issued_on, dateRaw: r.date_raw, status: r.status, title: bi(r.title_lo, r.title_en), garbled: r.garbled, note: r.note, src: r.src })),
    byType,
  }
}
