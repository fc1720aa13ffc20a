import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Principal } from '../../platform/auth/policy.js'
import { pathInScope } from '../../platform/auth/scope-filter.js'
import { periodLabel } from '../../../common/periods.js'
import { readMeasures, combineRoots } from '../analytics/read-measures.js'
import { valueOf } from '../analytics/measure.js'
import type { DrillDown, DrillDownQuery } from './dashboard.schemas.js'
import { resolveDashboardContext } from './dashboard-context.js'
import { unknownElement } from './dashboard-errors.js'

type Row = {
  report_id: number; data_set: string; data_set_lo: string; data_set_en: string | null; status: string; approved_at: Date | null; unit_code: string; unit_lo: string; unit_en: string | null
  period: string; option_code: string | null; option_lo: string | null; option_en: string | null; value: string | null; counted: boolean; total: number
}

/**
 * The approved values behind a dashboard number: every counted value of the element from units in scope (or under
 * `unit`) inside the period, with the report it came from, and whether it counts (a longer report of the same unit
 * inside the period, or a later approval for the same period, supersedes it).
 */
export async function getDrillDown(db: Kysely<DB>, user: Principal, planCode: string, q: DrillDownQuery): Promise<DrillDown> {
  const ctx = await resolveDashboardContext(db, user, planCode, { period: q.period, unit: q.unit })
  const element = await db.selectFrom('data_elements').select(['id', 'code', 'name_lo', 'name_en', 'unit_lo', 'unit_en', 'aggregation'])
    .where('code', '=', q.element).where((eb) => eb.or([eb('plan_id', '=', ctx.plan.id), eb('plan_id', 'is', null)]))
    .orderBy('plan_id', 'asc').executeTakeFirst()
  if (!element) throw unknownElement(q.element)

  const rows = await sql<Row>`
    with v as (
      select dv.report_id, ds.code as data_set, ds.name_lo as data_set_lo, ds.name_en as data_set_en, r.status, r.approved_at, c.counted_at, dv.org_unit_id, u.code as unit_code, u.name_lo as unit_lo, u.name_en as unit_en,
             dv.period, dv.period_start, r.period_end, dv.option_id, o.code as option_code, o.name_lo as option_lo, o.name_en as option_en, dv.value
      from data_values dv
      join analytics_counted_reports c on c.report_id = dv.report_id
      join reports r on r.id = dv.report_id
      join data_sets ds on ds.id = r.data_set_id
      join org_units u on u.id = dv.org_unit_id
      left join disaggregation_options o on o.id = dv.option_id
      where dv.data_element_id = ${element.id} and dv.period_start >= ${ctx.period.start}::date and r.period_end <= ${ctx.period.end}::date
        and dv.value is not null and ${pathInScope('u.path', ctx.scope)}
    )
    select v.*, count(*) over ()::int as total, not exists (
      select 1 from v w where w.org_unit_id = v.org_unit_id and w.option_id = v.option_id and (
        (w.period <> v.period and w.period_start <= v.period_start and w.period_end >= v.period_end)
        or (w.period = v.period and (w.counted_at, w.report_id) > (v.counted_at, v.report_id)))
    ) as counted
    from v
    order by v.unit_code, v.period_start, v.period, v.option_id, v.report_id
    limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`.execute(db)

  const rootIds = ctx.roots.map((r) => r.id)
  const measures = await readMeasures(db, { elementIds: [element.id], unitIds: rootIds, periods: [ctx.period.id] })
  const m = combineRoots(measures, element.id, rootIds, ctx.period.id)
  return {
    element: { code: element.code, name: { lo: element.name_lo, en: element.name_en }, aggregation: element.aggregation, unit: { lo: element.unit_lo, en: element.unit_en } },
    period: { id: ctx.period.id, start: ctx.period.start, end: ctx.period.end, label: { lo: periodLabel(ctx.period.id, 'lo'), en: periodLabel(ctx.period.id, 'en') } },
    unit: ctx.unit ? { code: ctx.unit.code, name: { lo: ctx.unit.name_lo, en: ctx.unit.name_en } } : null,
    figure: { value: valueOf(m, element.aggregation), period: ctx.period.id, reports: m?.valueCount ?? 0 },
    items: rows.rows.map((r) => ({
      reportId: r.report_id, dataSet: r.data_set, dataSetName: { lo: r.data_set_lo, en: r.data_set_en }, status: r.status, approvedAt: r.approved_at ? new Date(r.approved_at).toISOString() : null,
      unit: { code: r.unit_code, name: { lo: r.unit_lo, en: r.unit_en } }, period: r.period,
      option: r.option_code ? { code: r.option_code, name: { lo: r.option_lo, en: r.option_en } } : null,
      value: r.value === null ? null : Number(r.value), counted: r.counted,
    })),
    total: rows.rows[0]?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  }
}
