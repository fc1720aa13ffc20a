import { Alert, Stack, Text, Title } from '@mantine/core'
import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { calendarQuery, useReports } from '../../../api/reporting-queries'
import type { DataSet } from '../../../api/reporting-types'
import { QueryState } from '../../../ui/query-state'
import { currentPeriods, laoToday, periodChoices } from './period-choices'
import { ReportTable } from './report-table'
import { todoRows } from './todo-rows'

/**
 * A reporter's work: for each form, the current period and the one just due, for every unit they report for (from
 * the calendar); and any report of theirs still in draft or returned, whatever its period. Returned ones first.
 */
export function TodoList({ plan, planPeriod, dataSets }: { plan: string; planPeriod: { start: number; end: number }; dataSets: DataSet[] }) {
  const { t } = useTranslation()
  const periods = dataSets.flatMap((ds) => currentPeriods(periodChoices(ds.frequency, planPeriod)).map((period) => ({ dataSet: ds.code, period })))
  const calendars = useQueries({ queries: periods.map((q) => calendarQuery(plan, q)) })
  const started = useReports({ plan, limit: 200 })
  const { rows, assigned } = todoRows(plan, dataSets, calendars.map((c) => c.data), started.data?.items ?? [], laoToday())
  const loading = (calendars.find((c) => c.isPending || c.isError) ?? started) as UseQueryResult<unknown>
  return (
    <Stack gap="xs" component="section" aria-labelledby="todo-title">
      <Title order={2} id="todo-title">{t('reporting.todo.title')}</Title>
      <Text size="sm" c="dimmed">{t('reporting.todo.hint')}</Text>
      <QueryState query={loading}>
        {() => {
          if (rows.length) return <ReportTable rows={rows} testId="todo-table" />
          if (!assigned) return <Alert color="yellow" data-testid="todo-nothing-assigned">{t('reporting.todo.nothingAssigned')}</Alert>
          return <Alert color="teal" data-testid="todo-empty">{t('reporting.todo.none')}</Alert>
        }}
      </QueryState>
    </Stack>
  )
}
