import { Alert, Stack, Text, Title } from '@mantine/core'
import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { getJson } from '../../../api/client'
import { useReports } from '../../../api/reporting-queries'
import type { Calendar, DataSet } from '../../../api/reporting-types'
import { QueryState } from '../../../ui/query-state'
import { dataSetName } from './data-set-name'
import { currentPeriods, laoToday, periodChoices } from './period-choices'
import { ReportTable, type ReportRow } from './report-table'

const OPEN = new Set(['not_started', 'draft', 'returned'])

/**
 * A reporter's work: for each form, the current period and the one just due, for every unit they report for (from
 * the calendar); and any report of theirs still in draft or returned, whatever its period. Returned ones first.
 */
export function TodoList({ plan, planPeriod, dataSets }: { plan: string; planPeriod: { start: number; end: number }; dataSets: DataSet[] }) {
  const { t } = useTranslation()
  const periods = dataSets.flatMap((ds) => currentPeriods(periodChoices(ds.frequency, planPeriod)).map((period) => ({ dataSet: ds.code, period })))
  const calendars = useQueries({
    queries: periods.map((q) => ({
      queryKey: ['reporting-calendar', plan, q],
      queryFn: ({ signal }: { signal: AbortSignal }) => getJson<Calendar>(`/v1/plans/${encodeURIComponent(plan)}/reporting-calendar`, q, signal),
      staleTime: 60_000,
    })),
  })
  const started = useReports({ plan, limit: 200 })
  const today = laoToday()
  const rows = new Map<string, ReportRow>()
  for (const c of calendars) {
    for (const r of c.data?.reports ?? []) {
      if (!OPEN.has(r.status)) continue
      const key = { plan, dataSet: r.dataSet, unit: r.unit.code, period: r.period.id }
      rows.set(`${r.dataSet}/${r.unit.code}/${r.period.id}`, { key, dataSet: dataSetName(dataSets, r.dataSet), unit: r.unit.name, period: r.period.label, deadline: r.deadline, status: r.status, overdue: r.overdue })
    }
  }
  for (const r of started.data?.items ?? []) {
    if (r.status !== 'draft' && r.status !== 'returned') continue
    const key = { plan: r.plan, dataSet: r.dataSet.code, unit: r.unit.code, period: r.period.id }
    rows.set(`${r.dataSet.code}/${r.unit.code}/${r.period.id}`, { key, dataSet: r.dataSet.name, unit: r.unit.name, period: r.period.label, deadline: r.deadline, status: r.status, overdue: today > r.deadline })
  }
  const rank = (r: ReportRow) => (r.status === 'returned' ? 0 : r.overdue ? 1 : 2)
  const list = [...rows.values()].sort((a, b) => rank(a) - rank(b) || a.deadline.localeCompare(b.deadline))
  const loading = (calendars.find((c) => c.isPending || c.isError) ?? started) as UseQueryResult<unknown>
  return (
    <Stack gap="xs" component="section" aria-labelledby="todo-title">
      <Title order={2} id="todo-title">{t('reporting.todo.title')}</Title>
      <Text size="sm" c="dimmed">{t('reporting.todo.hint')}</Text>
      <QueryState query={loading}>
        {() => (list.length ? <ReportTable rows={list} testId="todo-table" /> : <Alert color="teal" data-testid="todo-empty">{t('reporting.todo.none')}</Alert>)}
      </QueryState>
    </Stack>
  )
}
