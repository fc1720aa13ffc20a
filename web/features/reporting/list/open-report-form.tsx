import { useState } from 'react'
import { Button, Group, NativeSelect, Paper, Text } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { periodLabel } from '../../../../common/periods'
import type { DataSet } from '../../../api/reporting-types'
import { useBi } from '../../../ui/bilingual'
import { periodChoices } from './period-choices'

export type UnitChoice = { code: string; label: string }

/** Opens any period's report for one of the reader's units (an older period, or one not yet due). */
export function OpenReportForm({ plan, planPeriod, dataSets, units }: { plan: string; planPeriod: { start: number; end: number }; dataSets: DataSet[]; units: UnitChoice[] }) {
  const { t, i18n } = useTranslation()
  const bi = useBi()
  const navigate = useNavigate()
  const usable = dataSets.filter((d) => periodChoices(d.frequency, planPeriod).length)
  const [dataSet, setDataSet] = useState(usable.find((d) => d.frequency === 'quarter')?.code ?? usable[0]?.code ?? '')
  const ds = usable.find((d) => d.code === dataSet)
  const choices = ds ? periodChoices(ds.frequency, planPeriod) : []
  const [period, setPeriod] = useState('')
  const [unit, setUnit] = useState(units[0]?.code ?? '')
  const chosenPeriod = choices.includes(period) ? period : choices[0] ?? ''
  if (!usable.length || !units.length) return null
  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby="open-report-title">
      <Text fw={700} id="open-report-title" mb={4}>{t('reporting.open.title')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (!ds || !chosenPeriod || !unit) return
          void navigate({ to: '/plans/$code/reports/$dataSet/$unit/$period', params: { code: plan, dataSet: ds.code, unit, period: chosenPeriod } })
        }}
      >
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect label={t('reporting.open.form')} value={dataSet} onChange={(e) => setDataSet(e.currentTarget.value)}
            data={usable.map((d) => ({ value: d.code, label: bi(d.name)?.text ?? d.code }))} data-testid="open-form" />
          {units.length > 1 ? (
            <NativeSelect label={t('reporting.open.unit')} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} data={units.map((u) => ({ value: u.code, label: u.label }))} data-testid="open-unit" />
          ) : <Text size="sm" pb={8}>{units[0].label}</Text>}
          <NativeSelect label={t('reporting.open.period')} value={chosenPeriod} onChange={(e) => setPeriod(e.currentTarget.value)}
            data={choices.map((p) => ({ value: p, label: periodLabel(p, i18n.language === 'en' ? 'en' : 'lo') }))} data-testid="open-period" />
          <Button type="submit" data-testid="open-submit">{t('reporting.open.go')}</Button>
        </Group>
      </form>
    </Paper>
  )
}
