import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { notFound } from '../../platform/http/errors.js'
import { bi, findPlanId, num } from '../plans/find-plan.js'

export async function listTables(db: Kysely<DB>, planCode: string, category?: string) {
  const planId = await findPlanId(db, planCode)
  let q = db.selectFrom('stat_tables').selectAll().where('plan_id', '=', planId)
  if (category) q = q.where('category', '=', category)
  const rows = await q.orderBy('sort_order').execute()
  return rows.map((t) => ({ code: t.code, category: t.category, title: bi(t.title_lo, t.title_en), columns: t.columns, src: t.src }))
}

export async function getTable(db: Kysely<DB>, planCode: string, code: string) {
  const planId = await findPlanId(db, planCode)
  const t = await db.selectFrom('stat_tables').selectAll().where('plan_id', '=', planId).where('code', '=', code).executeTakeFirst()
  if (!t) throw notFound('table', code)
  const series = await db.selectFrom('stat_series as s').leftJoin('stat_series as p', 'p.id', 's.parent_id')
    .select(['s.id', 's.code', 's.row_label', 's.name_lo', 's.name_en', 's.unit_lo', 's.unit_en', 's.stated_total', 's.note', 's.src', 'p.code as parent_code'])
    .where('s.table_id', '=', t.id).orderBy('s.sort_order').execute()
  const values = await db.selectFrom('stat_values').select(['series_id', 'col', 'value', 'raw']).where('series_id', 'in', series.length ? series.map((s) => s.id) : [0]).execute()
  return {
    code: t.code, category: t.category, title: bi(t.title_lo, t.title_en), sourceNote: t.source_note_lo, columns: t.columns, note: t.note, src: t.src,
    series: series.map((s) => ({
      code: s.code, row: s.row_label, name: bi(s.name_lo, s.name_en), unit: bi(s.unit_lo, s.unit_en), parentCode: s.parent_code, statedTotal: s.stated_total, note: s.note, src: s.src,
      values: Object.fromEntries(values.filter((v) => v.series_id === s.id).map((v) => [v.col, num(v.value)])),
      raw: Object.fromEntries(values.filter((v) => v.series_id === s.id && v.raw).map((v) => [v.col, v.raw])),
    })),
  }
}
