import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Scope } from '../../platform/auth/policy.js'
import { expectedReports } from './expected-reports.js'

export type Completeness = {
  /** The latest period of each data set whose deadline has passed, by data set code. */
  periods: { dataSet: string; dataSetName: Named; period: string; deadline: string }[]
  expected: number
  submitted: number
  approved: number
  onTime: number
  /** submitted / expected and on time / expected, 0–1 (null when nothing is expected). */
  completenessRate: number | null
  timelinessRate: number | null
  overdue: { unit: { code: string; name: Named }; dataSet: string; dataSetName: Named; period: string; deadline: string; status: string | null }[]
}
type Named = { lo: string; en: string | null }

/** Reporting completeness and timeliness for the units in `scope`, for each data set's latest due period. */
export async function computeCompleteness(db: Kysely<DB>, opts: { planId: number; scope: Scope; today?: Date; dataSet?: string; period?: string }): Promise<Completeness> {
  const rows = await expectedReports(db, { planId: opts.planId, scope: opts.scope, now: opts.today, dataSet: opts.dataSet, period: opts.period })
  const periods = new Map<string, Completeness['periods'][number]>()
  for (const r of rows) periods.set(r.dataSet, { dataSet: r.dataSet, dataSetName: r.dataSetName, period: r.period, deadline: r.deadline })
  const submitted = rows.filter((r) => r.status === 'submitted' || r.status === 'approved' || r.status === 'locked').length
  const onTime = rows.filter((r) => r.onTime).length
  return {
    periods: [...periods.values()],
    expected: rows.length,
    submitted,
    approved: rows.filter((r) => r.status === 'approved' || r.status === 'locked').length,
    onTime,
    completenessRate: rows.length ? submitted / rows.length : null,
    timelinessRate: rows.length ? onTime / rows.length : null,
    overdue: rows.filter((r) => r.overdue).map((r) => ({ unit: { code: r.unit.code, name: r.unit.name }, dataSet: r.dataSet, dataSetName: r.dataSetName, period: r.period, deadline: r.deadline, status: r.status })),
  }
}
