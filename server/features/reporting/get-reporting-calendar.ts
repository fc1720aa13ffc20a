import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { scopeOf, type Principal } from '../../platform/auth/policy.js'
import { periodLabel } from '../../../common/periods.js'
import { findPlanId } from '../plans/find-plan.js'
import { computeCompleteness } from './compute-completeness.js'
import { expectedReports } from './expected-reports.js'
import { parseReportPeriod } from './find-report-context.js'

/** Follow-up for DPF: each expected report with its deadline and state, and the completeness and timeliness rates. */
export async function getReportingCalendar(db: Kysely<DB>, user: Principal, planCode: string, q: { dataSet?: string; period?: string }) {
  const planId = await findPlanId(db, planCode)
  if (q.period) parseReportPeriod(q.period)
  const scope = scopeOf(user, 'unit-data:read')
  const rows = await expectedReports(db, { planId, scope, dataSet: q.dataSet, period: q.period })
  const summary = await computeCompleteness(db, { planId, scope, dataSet: q.dataSet, period: q.period })
  return {
    summary: { ...summary, overdue: summary.overdue.length },
    reports: rows.map((r) => ({
      dataSet: r.dataSet, period: { id: r.period, label: { lo: periodLabel(r.period, 'lo'), en: periodLabel(r.period, 'en') } }, deadline: r.deadline,
      unit: { code: r.unit.code, name: r.unit.name }, status: r.status ?? 'not_started', items: r.items, onTime: r.onTime, overdue: r.overdue,
      submittedAt: r.submittedAt?.toISOString() ?? null,
    })),
  }
}
