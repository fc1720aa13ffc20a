import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReportStatus } from '../../../api/reporting-types'

const COLOR: Record<ReportStatus | 'not_started', string> = { not_started: 'gray', draft: 'gray', submitted: 'blue', returned: 'orange', approved: 'teal', locked: 'violet' }

/** A report's state, in words and colour. */
export function StatusBadge({ status, overdue }: { status: ReportStatus | 'not_started'; overdue?: boolean }) {
  const { t } = useTranslation()
  return (
    <>
      <Badge color={COLOR[status]} variant={status === 'not_started' ? 'outline' : 'light'} data-testid="status-badge" data-status={status}>
        {t(`reporting.status.${status}`)}
      </Badge>
      {overdue ? <Badge color="red" variant="filled" data-testid="overdue-badge">{t('reporting.overdue')}</Badge> : null}
    </>
  )
}
