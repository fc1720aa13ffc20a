import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Scope } from '../../platform/auth/policy.js'
import { pathInScope } from '../../platform/auth/scope-filter.js'
import type { Period } from '../../../common/periods.js'

type Line = { funding: string; currency: string; projects: Set<number>; amount: number; planned: number; disbursed: number }

/**
 * Projects and budget execution by funding source and currency (never added across currencies): planned from the
 * plan's yearly figures for the years of the period; disbursed from approved progress reports of those years (by the
 * funding source they name), falling back to the plan's own disbursed figure for a project-year nobody reported.
 * A scoped caller sees the projects of the units in their scope.
 */
export async function readBudgetExecution(db: Kysely<DB>, planId: number, period: Period, scope: Scope, focusPlanId: number | null) {
  const fromYear = Number(period.start.slice(0, 4))
  const toYear = Number(period.end.slice(0, 4))
  const projects = await sql<{ id: number; funding_source: string; currency: string; amount: string | null }>`
    select p.id, p.funding_source, p.currency, p.amount from projects p left join org_units u on u.id = p.responsible_org_unit_id
    where p.plan_id = ${planId} and (${focusPlanId}::int is null or p.focus_plan_id = ${focusPlanId}::int)
      and ${scope.all ? sql`true` : sql`u.id is not null and ${pathInScope('u.path', scope)}`}`.execute(db)
  const ids = projects.rows.map((p) => p.id)
  if (!ids.length) return { total: 0, meanPhysicalPercent: null, reportingPhysical: 0, byFunding: [] }

  const years = await db.selectFrom('project_years').select(['project_id', 'year', 'planned', 'disbursed'])
    .where('project_id', 'in', ids).where('year', '>=', fromYear).where('year', '<=', toYear).execute()
  const reported = await sql<{ project_id: number; year: number; funding: string; amount: string }>`
    select pp.project_id, extract(year from r.period_start)::int as year, d.key as funding, sum((d.value #>> '{}')::numeric) as amount
    from project_progress pp
    join analytics_counted_reports c on c.report_id = pp.report_id
    join reports r on r.id = pp.report_id
    join org_units u on u.id = r.org_unit_id
    cross join lateral jsonb_each(pp.disbursements) d
    where pp.project_id = any(${ids}::int[]) and r.period_start >= ${period.start}::date and r.period_end <= ${period.end}::date
      and jsonb_typeof(d.value) = 'number' and ${pathInScope('u.path', scope)}
    group by 1, 2, 3`.execute(db)
  const physical = await sql<{ mean: string | null; reporting: number }>`
    select avg(physical_percent) as mean, count(*)::int as reporting from (
      select distinct on (pp.project_id) pp.physical_percent
      from project_progress pp join analytics_counted_reports c on c.report_id = pp.report_id
      join reports r on r.id = pp.report_id join org_units u on u.id = r.org_unit_id
      where pp.project_id = any(${ids}::int[]) and pp.physical_percent is not null and r.period_end <= ${period.end}::date and ${pathInScope('u.path', scope)}
      order by pp.project_id, r.period_end desc, c.counted_at desc) latest`.execute(db)

  const lines = new Map<string, Line>()
  const line = (funding: string, currency: string) => {
    const key = `${funding}\u0000${currency}`
    if (!lines.has(key)) lines.set(key, { funding, currency, projects: new Set(), amount: 0, planned: 0, disbursed: 0 })
    return lines.get(key)!
  }
  const byId = new Map(projects.rows.map((p) => [p.id, p]))
  for (const p of projects.rows) {
    const l = line(p.funding_source, p.currency)
    l.projects.add(p.id)
    l.amount += Number(p.amount ?? 0)
  }
  const reportedYears = new Set(reported.rows.map((r) => `${r.project_id}:${r.year}`))
  for (const y of years) {
    const p = byId.get(y.project_id)!
    line(p.funding_source, p.currency).planned += Number(y.planned ?? 0)
    if (y.disbursed !== null && !reportedYears.has(`${y.project_id}:${y.year}`)) line(p.funding_source, p.currency).disbursed += Number(y.disbursed)
  }
  for (const r of reported.rows) line(r.funding, byId.get(r.project_id)!.currency).disbursed += Number(r.amount)

  const mean = physical.rows[0]?.mean
  return {
    total: ids.length,
    meanPhysicalPercent: mean === null || mean === undefined ? null : Math.round(Number(mean) * 10) / 10,
    reportingPhysical: Number(physical.rows[0]?.reporting ?? 0),
    byFunding: [...lines.values()].sort((a, b) => a.funding.localeCompare(b.funding) || a.currency.localeCompare(b.currency)).map((l) => ({
      funding: l.funding, currency: l.currency, projects: l.projects.size, amount: l.amount, planned: l.planned, disbursed: l.disbursed,
      executionRate: l.planned > 0 ? Math.round((l.disbursed / l.planned) * 1000) / 1000 : null,
    })),
  }
}
