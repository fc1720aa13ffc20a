import { Alert, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReportForm } from '../../../api/reporting-types'
import { useFormat } from '../../../ui/format'

/**
 * Why the form cannot be edited now (submitted, approved, locked, or the reader may only look), and — above all — a
 * returned report's reason, so the reporter sees what to correct before anything else.
 */
export function StatusBanner({ form }: { form: ReportForm }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const { report, allowed } = form
  if (report.status === 'returned') {
    const by = [...form.events].reverse().find((e) => e.action === 'return' || e.action === 'reopen')
    return (
      <Alert color="orange" variant="light" title={t(by?.action === 'reopen' ? 'review.banner.reopenedTitle' : 'review.banner.returnedTitle')} role="alert" data-testid="returned-banner">
        <Text fw={700} size="lg" className="tidtam-lao" data-testid="return-reason">{report.returnReason}</Text>
        {by ? <Text size="sm" c="dimmed">{t('review.banner.by', { name: by.by ?? '—', at: fmt.dateTime(by.at) })}</Text> : null}
        <Text size="sm" mt={4}>{allowed.edit ? t('review.banner.returnedEdit') : t('review.banner.readOnly')}</Text>
      </Alert>
    )
  }
  if (allowed.edit) return null
  const at = report.status === 'submitted' ? report.submittedAt : report.status === 'approved' ? report.approvedAt : report.status === 'locked' ? report.lockedAt : null
  const color = report.status === 'approved' ? 'teal' : report.status === 'locked' ? 'violet' : report.status === 'submitted' ? 'blue' : 'gray'
  return (
    <Alert color={color} variant="light" title={t(`review.banner.${report.status}Title`)} data-testid="read-only-banner" data-status={report.status}>
      {at ? <Text size="sm">{t('review.banner.at', { at: fmt.dateTime(at) })}</Text> : null}
      <Text size="sm">{t(`review.banner.${report.status}`)}</Text>
    </Alert>
  )
}
