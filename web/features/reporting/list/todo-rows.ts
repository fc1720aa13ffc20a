import type { Calendar, DataSet, ReportSummary } from '../../../api/reporting-types'
import { dataSetName } from './data-set-name'
import type { ReportRow } from './report-table'

const OPEN = new Set(['not_started', 'draft', 'returned'])

/**
 * A reporter's reports to do, returned ones first, then overdue, then by deadline: the calendar's open reports and any
 * report of theirs still in draft or returned. `assigned` tells an empty list apart: the calendar only lists units
 * whose form is not empty, so no calendar row and no started report means nothing has been assigned to the reader's
 * units yet — not that every report is done.
 */
export function todoRows(plan: string, dataSets: DataSet[], calendars: (Calendar | undefined)[], started: ReportSummary[], today: string): { rows: ReportRow[]; assigned: boolean } {
  const rows = new Map<string, ReportRow>()
  let expected = 0
  for (const c of calendars) {
    for (const r of c?.reports ?? []) {
      expected++
      if (!OPEN.has(r.status)) continue
      const key = { plan, dataSet: r.dataSet, unit: r.unit.code, period: r.period.id }
      rows.set(`${r.dataSet}/${r.unit.code}/${r.period.id}`, { key, dataSet: dataSetName(dataSets, r.dataSet), unit: r.unit.name, period: r.period.label, deadline: r.deadline, status: r.status, overdue: r.overdue })
    }
  }
  for (const r of started) {
    if (r.status !== 'draft' && r.status !== 'returned') continue
    const key = { plan: r.plan, dataSet: r.dataSet.code, unit: r.unit.code, period: r.period.id }
    rows.set(`${r.dataSet.code}/${r.unit.code}/${r.period.id}`, { key, dataSet: r.dataSet.name, unit: r.unit.name, period: r.period.label, deadline: r.deadline, status: r.status, overdue: today > r.deadline })
  }
  const rank = (r: ReportRow) => (r.status === 'returned' ? 0 : r.overdue ? 1 : 2)
  const list = [...rows.values()].sort((a, b) => rank(a) - rank(b) || a.deadline.localeCompare(b.deadline))
  return { rows: list, assigned: expected > 0 || started.length > 0 }
}
