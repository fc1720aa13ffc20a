import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { inScope, type Scope } from '../../platform/auth/policy.js'
import { currentPeriod, deadlineOf, previousPeriod, type PeriodType } from '../../../common/periods.js'
import { itemsForUnit, loadAssignments, loadDataSetItems } from './load-form-items.js'

export type ExpectedReport = {
  dataSet: string; dataSetName: { lo: string; en: string | null }; period: string; deadline: string
  unit: { id: number; code: string; name: { lo: string; en: string | null } }
  status: string | null; submittedAt: Date | null; onTime: boolean; overdue: boolean; items: number
}

/** Today's date in Laos (UTC+7) as YYYY-MM-DD. */
export const laoToday = (now: Date) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10)

/** The latest period of this frequency whose deadline has passed (nothing can be overdue before that). */
export function latestDuePeriod(frequency: string, deadlineDays: number, now: Date): string | null {
  if (frequency === 'mid_term' || frequency === 'plan' || frequency === 'nine_months') return null
  let p = currentPeriod(frequency as Exclude<PeriodType, 'mid_term' | 'plan' | 'nine_months'>, now)
  const today = laoToday(now)
  for (let i = 0; i < 3 && deadlineOf(p, { daysAfterEnd: deadlineDays }) >= today; i++) p = previousPeriod(p)
  return p
}

/**
 * Which units are expected to report each data set for a period: every open unit that answers for at least one of the
 * set's items, narrowed to `scope`. Each comes with its report's status, whether it came in on time, and whether it
 * is overdue now.
 */
export async function expectedReports(db: Kysely<DB>, opts: { planId: number; scope: Scope; dataSet?: string; period?: string; now?: Date }): Promise<ExpectedReport[]> {
  const now = opts.now ?? new Date()
  const today = laoToday(now)
  let dsq = db.selectFrom('data_sets').selectAll().where('plan_id', '=', opts.planId)
  if (opts.dataSet) dsq = dsq.where('code', '=', opts.dataSet)
  const dataSets = await dsq.orderBy('code').execute()
  const plan = await db.selectFrom('plans').select(['period_start', 'period_end']).where('id', '=', opts.planId).executeTakeFirstOrThrow()
  const units = (await db.selectFrom('org_units').select(['id', 'code', 'name_lo', 'name_en', 'path']).where('closed_at', 'is', null).execute()).filter((u) => inScope(opts.scope, u.path))
  const assignments = await loadAssignments(db, null)
  const out: ExpectedReport[] = []
  for (const ds of dataSets) {
    const period = opts.period ?? clampToPlan(latestDuePeriod(ds.frequency, ds.deadline_days, now), plan)
    if (!period || !periodMatches(period, ds.frequency)) continue
    const deadline = deadlineOf(period, { daysAfterEnd: ds.deadline_days })
    const items = await loadDataSetItems(db, ds.id)
    const reports = await db.selectFrom('reports').select(['org_unit_id', 'status', 'submitted_at']).where('data_set_id', '=', ds.id).where('period', '=', period).execute()
    const byUnit = new Map(reports.map((r) => [r.org_unit_id, r]))
    for (const u of units) {
      const count = itemsForUnit(items, assignments.get(u.id) ?? { direct: new Set(), nodePaths: [] }, u.id).length
      if (!count) continue
      const r = byUnit.get(u.id)
      const submitted = !!r && r.status !== 'draft' && r.status !== 'returned'
      out.push({
        dataSet: ds.code, dataSetName: { lo: ds.name_lo, en: ds.name_en }, period, deadline, unit: { id: u.id, code: u.code, name: { lo: u.name_lo, en: u.name_en } },
        status: r?.status ?? null, submittedAt: r?.submitted_at ?? null, items: count,
        onTime: !!r?.submitted_at && submitted && laoToday(r.submitted_at) <= deadline,
        overdue: !submitted && today > deadline,
      })
    }
  }
  return out
}

/** After the plan has ended, its last period is the one to follow up; before it starts, none is. */
function clampToPlan(period: string | null, plan: { period_start: number; period_end: number }): string | null {
  if (!period) return null
  const year = Number(period.slice(0, 4))
  if (year < plan.period_start) return null
  if (year <= plan.period_end) return period
  const end = plan.period_end
  if (/Q\d$/.test(period)) return `${end}Q4`
  if (/S\d$/.test(period)) return `${end}S2`
  if (/^\d{4}-\d{2}$/.test(period)) return `${end}-12`
  return String(end)
}

function periodMatches(period: string, frequency: string): boolean {
  const type: Record<string, RegExp> = { month: /^\d{4}-\d{2}$/, quarter: /^\d{4}Q[1-4]$/, semester: /^\d{4}S[12]$/, nine_months: /^\d{4}N9$/, year: /^\d{4}$/, mid_term: /M$/, plan: /^\d{4}-\d{4}$/ }
  return type[frequency]?.test(period) ?? false
}
