import { useState } from 'react'
import { Alert, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { periodLabel } from '../../../../common/periods'
import { useCalendar } from '../../../api/reporting-queries'
import type { DataSet } from '../../../api/reporting-types'
import { useBi } from '../../../ui/bilingual'
import { useFormat } from '../../../ui/format'
import { QueryState } from '../../../ui/query-state'
import { StatCard } from '../../../ui/stat-card'
import { dataSetName } from './data-set-name'
import { defaultFollowUpPeriod, periodChoices } from './period-choices'
import { ReportTable } from './report-table'

/** DPF's follow-up of one form and period: who is expected, who is late, completeness and timeliness. */
export function FollowUp({ plan, planPeriod, dataSets }: { plan: string; planPeriod: { start: number; end: number }; dataSets: DataSet[] }) {
  const { t, i18n } = useTranslation()
  const bi = useBi()
  const fmt = useFormat()
  const usable = dataSets.filter((d) => periodChoices(d.frequency, planPeriod).length)
  const [dataSet, setDataSet] = useState(usable.find((d) => d.frequency === 'quarter')?.code ?? usable[0]?.code)
  const ds = usable.find((d) => d.code === dataSet)
  const choices = ds ? periodChoices(ds.frequency, planPeriod) : []
  const [picked, setPicked] = useState<string | undefined>(undefined)
  const period = picked && choices.includes(picked) ? picked : ds ? defaultFollowUpPeriod(choices, ds.deadlineDays) : undefined
  const query = useCalendar(plan, { dataSet, period }, !!ds && !!period)
  const pct = (r: number | null) => (r === null ? '—' : `${fmt.number(r * 100, 0)} %`)
  if (!ds) return null
  return (
    <Stack gap="xs" component="section" aria-labelledby="follow-up-title" data-testid="follow-up">
      <Title order={2} id="follow-up-title">{t('reporting.followUp.title')}</Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect label={t('reporting.followUp.form')} value={dataSet} onChange={(e) => { setDataSet(e.currentTarget.value); setPicked(undefined) }}
          data={usable.map((d) => ({ value: d.code, label: bi(d.name)?.text ?? d.code }))} data-testid="follow-up-form" />
        <NativeSelect label={t('reporting.followUp.period')} value={period} onChange={(e) => setPicked(e.currentTarget.value)}
          data={choices.map((p) => ({ value: p, label: periodLabel(p, i18n.language === 'en' ? 'en' : 'lo') }))} data-testid="follow-up-period" />
      </Group>
      <QueryState query={query}>
        {(cal) => (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
              <StatCard label={t('reporting.followUp.expected')} value={fmt.number(cal.summary.expected, 0)} testId="stat-expected" />
              <StatCard label={t('reporting.followUp.submitted')} value={fmt.number(cal.summary.submitted, 0)} testId="stat-submitted" />
              <StatCard label={t('reporting.followUp.completeness')} value={pct(cal.summary.completenessRate)} testId="stat-completeness" />
              <StatCard label={t('reporting.followUp.timeliness')} value={pct(cal.summary.timelinessRate)} testId="stat-timeliness" />
              <StatCard label={t('reporting.followUp.overdue')} value={<Text span inherit c={cal.summary.overdue ? 'red.8' : undefined}>{fmt.number(cal.summary.overdue, 0)}</Text>} testId="stat-overdue" />
            </SimpleGrid>
            {cal.reports.length ? (
              <ReportTable
                testId="follow-up-table"
                rows={cal.reports.map((r) => ({
                  key: { plan, dataSet: r.dataSet, unit: r.unit.code, period: r.period.id }, dataSet: dataSetName(dataSets, r.dataSet), unit: r.unit.name, period: r.period.label,
                  deadline: r.deadline, status: r.status, overdue: r.overdue,
                  note: r.submittedAt ? t(r.onTime ? 'reporting.followUp.onTime' : 'reporting.followUp.late', { at: fmt.dateTime(r.submittedAt) }) : null,
                }))}
              />
            ) : <Alert color="gray">{t('reporting.followUp.none')}</Alert>}
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
