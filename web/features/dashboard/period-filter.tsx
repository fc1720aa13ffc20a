import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { periodOptions, planPeriodId } from './period-options'
import { usePeriodLabel } from './use-period-label'

/** The whole plan, a year of it, or a quarter: figures up to the end of that period (a native list: light, and easy on a phone). */
export function PeriodFilter({ plan, value, onChange }: { plan: { start: number; end: number }; value: string | undefined; onChange: (period: string | undefined) => void }) {
  const { t } = useTranslation()
  const label = usePeriodLabel()
  const whole = planPeriodId(plan.start, plan.end)
  const data = periodOptions(plan.start, plan.end).map((g) => (g.year === null
    ? { value: whole, label: label(whole) }
    : { group: t('dashboard.period.yearGroup', { year: g.year }), items: g.options.map((o) => ({ value: o.value, label: label(o.value) })) }))
  return (
    <NativeSelect
      label={t('dashboard.filters.period')}
      data={data}
      value={value ?? whole}
      onChange={(e) => onChange(e.currentTarget.value === whole ? undefined : e.currentTarget.value)}
      data-testid="filter-period"
    />
  )
}
