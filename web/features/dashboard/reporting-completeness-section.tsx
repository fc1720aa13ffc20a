import { Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Dashboard } from '../../api/dashboard-types'
import { useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { DashboardSection } from './dashboard-section'
import { OverdueUnitsTable } from './overdue-units-table'
import { RateGauge } from './rate-gauge'
import { usePeriodLabel } from './use-period-label'

/** Whether the units report: completeness and timeliness of the latest due rounds, and who has not reported. */
export function ReportingCompletenessSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation()
  const f = useFormat()
  const periodLabel = usePeriodLabel()
  const bi = useBi()
  const c = data.completeness
  const rounds = c.periods.map((p) => `${bi(p.dataSetName)?.text ?? p.dataSet} ${periodLabel(p.period)} (${t('dashboard.completeness.deadline')} ${f.date(p.deadline)})`).join('; ')
  return (
    <DashboardSection id="dashboard-completeness" title={t('dashboard.completeness.title')} intro={c.periods.length ? t('dashboard.completeness.intro', { periods: rounds }) : t('dashboard.completeness.noPeriods')}>
      <Group gap="xl" justify="center" wrap="wrap">
        <RateGauge label={t('dashboard.completeness.completeness')} rate={c.completenessRate} testId="completeness-rate" />
        <RateGauge label={t('dashboard.completeness.timeliness')} rate={c.timelinessRate} testId="timeliness-rate" />
      </Group>
      <Text size="sm" ta="center">{t('dashboard.completeness.counts', { submitted: f.number(c.submitted, 0), expected: f.number(c.expected, 0), approved: f.number(c.approved, 0), onTime: f.number(c.onTime, 0) })}</Text>
      <Stack gap="xs">
        <Title order={3} size="h4">{t('dashboard.completeness.overdue', { count: c.overdue.length })}</Title>
        {c.overdue.length ? <OverdueUnitsTable overdue={c.overdue} /> : <Text size="sm" c="dimmed">{t('dashboard.completeness.noOverdue')}</Text>}
      </Stack>
    </DashboardSection>
  )
}
