import { Alert, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useReports } from '../../../api/reporting-queries'
import { useFormat } from '../../../ui/format'
import { QueryState } from '../../../ui/query-state'
import { ReportTable } from './report-table'

/** Submitted reports waiting for the reader's review (within their scope), oldest period first. */
export function ReviewQueue({ plan }: { plan: string }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const query = useReports({ plan, status: 'submitted', limit: 200 })
  return (
    <Stack gap="xs" component="section" aria-labelledby="queue-title">
      <Title order={2} id="queue-title">{t('reporting.queue.title')}</Title>
      <QueryState query={query}>
        {(list) => {
          if (!list.items.length) return <Alert color="gray" data-testid="queue-empty">{t('reporting.queue.none')}</Alert>
          const rows = [...list.items].reverse().map((r) => ({
            key: { plan: r.plan, dataSet: r.dataSet.code, unit: r.unit.code, period: r.period.id },
            dataSet: r.dataSet.name, unit: r.unit.name, period: r.period.label, deadline: r.deadline, status: r.status, overdue: false,
            note: r.submittedAt ? t('reporting.queue.submittedAt', { at: fmt.dateTime(r.submittedAt) }) : null,
          }))
          return (
            <>
              <Text size="sm" c="dimmed">{t('reporting.queue.count', { count: list.total })}</Text>
              <ReportTable rows={rows} testId="queue-table" />
            </>
          )
        }}
      </QueryState>
    </Stack>
  )
}
