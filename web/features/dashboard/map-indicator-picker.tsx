import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Dashboard } from '../../api/dashboard-types'
import { useBi } from '../../ui/bilingual'

/** Which indicator the map shows: those with a data element behind them (others can have no per-province values). */
export function MapIndicatorPicker({ data, value, onChange }: { data: Dashboard; value: string | undefined; onChange: (code: string) => void }) {
  const { t } = useTranslation()
  const bi = useBi()
  const options = data.indicators.filter((i) => i.element).map((i) => ({ value: i.code, label: bi(i.name)?.text ?? i.code }))
  const subject = data.map.subject
  if (subject && !options.some((o) => o.value === subject.code)) options.unshift({ value: subject.code, label: bi(subject.name)?.text ?? subject.code })
  if (!options.length) return null
  return (
    <NativeSelect
      label={t('dashboard.map.picker')}
      data={options}
      value={value ?? subject?.code ?? ''}
      onChange={(e) => e.currentTarget.value && onChange(e.currentTarget.value)}
      maw={520}
      data-testid="map-indicator"
      className="dashboard-no-print"
    />
  )
}
