import { Paper, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReportEvent } from '../../../api/reporting-types'
import { useFormat } from '../../../ui/format'

/** Every workflow step of the report, oldest first: who, when, what, and the reason given. */
export function HistoryPanel({ events }: { events: ReportEvent[] }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby="report-history-title" data-testid="history">
      <Title order={2} size="h4" id="report-history-title">{t('review.history.title')}</Title>
      {events.length ? (
        <ol className="rg-history">
          {events.map((e) => (
            <li key={e.id} data-testid="history-event" data-action={e.action}>
              <Text size="sm"><b>{t(`review.action.${e.action}`)}</b> · {t('review.history.change', { from: t(`reporting.status.${e.from}`), to: t(`reporting.status.${e.to}`) })}</Text>
              <Text size="xs" c="dimmed">{fmt.dateTime(e.at)} · {e.by ?? '—'}</Text>
              {e.reason ? <Text size="sm" className="tidtam-lao">“{e.reason}”</Text> : null}
            </li>
          ))}
        </ol>
      ) : <Text size="sm" c="dimmed">{t('review.history.none')}</Text>}
    </Paper>
  )
}
