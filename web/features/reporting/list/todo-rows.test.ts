import { describe, expect, it } from 'vitest'
import type { Calendar, CalendarRow, ReportSummary } from '../../../api/reporting-types'
import { todoRows } from './todo-rows'

const bi = (s: string) => ({ lo: s, en: s })
const row = (unit: string, period: string, status: CalendarRow['status'], overdue = false): CalendarRow => ({
  dataSet: 'QUARTERLY', period: { id: period, label: bi(period) }, deadline: `${period.slice(0, 4)}-04-15`, unit: { code: unit, name: bi(unit) },
  status, items: 3, onTime: false, overdue, submittedAt: null,
})
const calendar = (reports: CalendarRow[]): Calendar => ({
  summary: { periods: [], expected: reports.length, submitted: 0, approved: 0, onTime: 0, completenessRate: null, timelinessRate: null, overdue: 0 },
  reports,
})
const started = (period: string, status: ReportSummary['status']): ReportSummary => ({
  id: 1, plan: 'P', dataSet: { code: 'ANNUAL', name: bi('Annual') }, unit: { code: 'LA-VT', name: bi('LA-VT') }, period: { id: period, label: bi(period) },
  status, version: 1, reviewLevel: 0, deadline: '2023-01-30', updatedAt: '', submittedAt: null, approvedAt: null, isDemo: false,
})

describe('todoRows', () => {
  it('lists open reports, returned first, then overdue, then by deadline', () => {
    const { rows, assigned } = todoRows('P', [], [calendar([row('LA-VT', '2025Q4', 'not_started'), row('LA-VT', '2025Q3', 'draft', true), row('LA-VT', '2025Q2', 'approved')])], [started('2022', 'returned')], '2026-01-10')
    expect(rows.map((r) => `${r.key.period}:${r.status}`)).toEqual(['2022:returned', '2025Q3:draft', '2025Q4:not_started'])
    expect(assigned).toBe(true)
  })

  it('tells "all done" (reports expected, none open) from "nothing assigned" (no report expected at all)', () => {
    expect(todoRows('P', [], [calendar([row('LA-VT', '2025Q4', 'submitted')])], [], '2026-01-10')).toEqual({ rows: [], assigned: true })
    expect(todoRows('P', [], [calendar([]), calendar([])], [], '2026-01-10')).toEqual({ rows: [], assigned: false })
    expect(todoRows('P', [], [undefined], [started('2023', 'approved')], '2026-01-10')).toEqual({ rows: [], assigned: true })
  })
})
