import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { containedRows, periodMapRelation, planPeriodId, rollUpRows } from './period-map.js'
import { contributionsSql, seriesSql, type ValueSource } from './unit-contributions.js'
import { ancestorIdsOf, lockUnitAnalytics, refreshUnitReportStats } from './unit-analytics-helpers.js'

/**
 * Called inside the transaction that approves, locks or reopens a report, so roll-ups are fresh the moment a report
 * is approved (no nightly run). `approved` says whether the report's values now count.
 *
 * The unit's contribution to every period containing the report's period is computed twice — with the report
 * counted as before and as now — and the difference is added to the summary rows of each unit above it. Calling it
 * again for the same state changes nothing.
 */
export async function refreshReportAggregates(trx: Kysely<DB>, reportId: number, approved: boolean): Promise<void> {
  const report = await trx.selectFrom('reports as r')
    .innerJoin('data_sets as ds', 'ds.id', 'r.data_set_id')
    .innerJoin('plans as pl', 'pl.id', 'ds.plan_id')
    .innerJoin('org_units as u', 'u.id', 'r.org_unit_id')
    .select(['r.id', 'r.org_unit_id', 'r.period', 'r.approved_at', 'ds.plan_id', 'pl.period_start', 'pl.period_end', 'u.path'])
    .where('r.id', '=', reportId)
    .executeTakeFirst()
  if (!report) return
  await lockUnitAnalytics(trx, report.org_unit_id)
  const wasCounted = !!(await trx.selectFrom('analytics_counted_reports').select('report_id').where('report_id', '=', reportId).executeTakeFirst())
  if (wasCounted === approved) return

  // Every period containing the report's, with everything the unit may have reported inside them.
  const planPeriod = planPeriodId(report.period_start, report.period_end)
  const rows = rollUpRows(planPeriod, report.period).flatMap((r) => containedRows(planPeriod, r.target.id))
  const map = periodMapRelation(rows)
  const from = rows.reduce((m, r) => (r.target.start < m ? r.target.start : m), rows[0].target.start)
  const to = rows.reduce((m, r) => (r.target.end > m ? r.target.end : m), rows[0].target.end)
  const values = sql<boolean>`dv.org_unit_id = ${report.org_unit_id} and dv.period_start between ${from}::date and ${to}::date
    and dv.data_element_id in (select data_element_id from data_values where report_id = ${reportId})`
  const before: ValueSource = { values, counted: sql<boolean>`c.report_id is not null` }
  const after: ValueSource = {
    values,
    counted: approved ? sql<boolean>`(c.report_id is not null or r.id = ${reportId})` : sql<boolean>`(c.report_id is not null and r.id <> ${reportId})`,
  }
  const ancestors = ancestorIdsOf(report.path).filter((id) => id !== report.org_unit_id)
  if (ancestors.length) await applyDifference(trx, before, after, map, ancestors)

  if (approved) {
    await trx.insertInto('analytics_counted_reports')
      .values({ report_id: reportId, plan_id: report.plan_id, org_unit_id: report.org_unit_id, counted_at: report.approved_at ?? new Date() })
      .execute()
  } else {
    await trx.deleteFrom('analytics_counted_reports').where('report_id', '=', reportId).execute()
  }
  await refreshUnitReportStats(trx, report.plan_id, report.org_unit_id)
}

async function applyDifference(trx: Kysely<DB>, before: ValueSource, after: ValueSource, map: ReturnType<typeof periodMapRelation>, ancestors: number[]) {
  await sql`
    with before_series as (${seriesSql(before)}),
    after_series as (${seriesSql(after)}),
    b as (${contributionsSql('before_series', map)}),
    a as (${contributionsSql('after_series', map)}),
    d as (
      select coalesce(a.element_id, b.element_id) as element_id, coalesce(a.option_id, b.option_id) as option_id,
             coalesce(a.period, b.period) as period, coalesce(a.period_start, b.period_start) as period_start,
             coalesce(a.period_end, b.period_end) as period_end,
             coalesce(a.value_sum, 0) - coalesce(b.value_sum, 0) as value_sum,
             coalesce(a.value_count, 0) - coalesce(b.value_count, 0) as value_count,
             coalesce(a.last_value, 0) - coalesce(b.last_value, 0) as last_sum
      from a full join b on a.unit_id = b.unit_id and a.element_id = b.element_id and a.option_id = b.option_id and a.period = b.period
    )
    insert into analytics_cells (data_element_id, org_unit_id, period, option_id, period_start, period_end, value_sum, value_count, last_sum)
    select d.element_id, anc.id, d.period, d.option_id, d.period_start, d.period_end, d.value_sum, d.value_count, d.last_sum
    from d cross join unnest(${ancestors}::int[]) as anc(id)
    where d.value_sum <> 0 or d.value_count <> 0 or d.last_sum <> 0
    order by 1, 2, 3, 4
    on conflict (data_element_id, org_unit_id, period, option_id) do update set
      value_sum = analytics_cells.value_sum + excluded.value_sum,
      value_count = analytics_cells.value_count + excluded.value_count,
      last_sum = analytics_cells.last_sum + excluded.last_sum`.execute(trx)
  await sql`delete from analytics_cells where org_unit_id = any(${ancestors}::int[]) and value_count = 0`.execute(trx)
}
