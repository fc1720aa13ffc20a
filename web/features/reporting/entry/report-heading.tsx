import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReportForm } from '../../../api/reporting-types'
import { AppLink } from '../../../ui/app-link'
import { useBi } from '../../../ui/bilingual'
import { useFormat } from '../../../ui/format'
import { PageTitle } from '../../../ui/page-title'
import { laoToday } from '../list/period-choices'
import { StatusBadge } from '../workflow/status-badge'

/** Which report this is (form, unit, period), its state and its deadline. */
export function ReportHeading({ form }: { form: ReportForm }) {
  const { t } = useTranslation()
  const bi = useBi()
  const fmt = useFormat()
  const { report } = form
  const unit = bi(report.unit.name)?.text ?? report.unit.code
  const period = bi(report.period.label)?.text ?? report.period.id
  const dataSet = bi(report.dataSet.name)?.text ?? report.dataSet.code
  const overdue = (report.status === 'draft' || report.status === 'returned') && laoToday() > form.deadline
  return (
    <div>
      <AppLink to="/reports" size="sm">← {t('reporting.title')}</AppLink>
      <PageTitle
        title={<span data-testid="report-title">{unit} · {period}</span>}
        subtitle={dataSet}
        docTitle={`${unit} · ${period}`}
      />
      <Group gap="sm" mt={-8} mb="sm" wrap="wrap">
        <StatusBadge status={report.status} overdue={overdue} />
        <Text size="sm">{t('reporting.deadline', { date: fmt.date(form.deadline) })}</Text>
        {report.isDemo ? <Text size="sm" c="orange.8">{t('reporting.demo')}</Text> : null}
      </Group>
    </div>
  )
}
