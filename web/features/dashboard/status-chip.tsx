import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ProgressStatus } from '../../api/dashboard-types'
import { STATUS_COLOR } from './status-colors'

/** A target's status as a coloured label (the word is always there, not only the colour). */
export function StatusChip({ status }: { status: ProgressStatus }) {
  const { t } = useTranslation()
  return (
    <Badge color={STATUS_COLOR[status].mantine} variant={status === 'no_data' ? 'outline' : 'filled'} data-status={status} className="dashboard-status-chip">
      {t(`dashboard.status.${status}`)}
    </Badge>
  )
}
