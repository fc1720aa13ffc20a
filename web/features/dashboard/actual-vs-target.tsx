import { Anchor, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TargetProgress } from '../../api/dashboard-types'
import { useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { usePeriodLabel } from './use-period-label'

/** "12.500 / 150.000 ລາຍຊື່": the actual is a button that lists the approved reports behind it. */
export function ActualVsTarget({ target, onDrill }: { target: TargetProgress; onDrill: (t: TargetProgress) => void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const bi = useBi()
  const periodLabel = usePeriodLabel()
  const unit = bi(target.unit)?.text ?? ''
  const goal = target.target.value === null ? '—' : f.number(target.target.value)
  if (target.kind === 'milestone') return null
  const actual = target.actual
  const canDrill = !!target.element && !!actual && actual.reports > 0
  const actualText = actual?.value === null || actual?.value === undefined ? t('dashboard.targets.noActual') : f.number(actual.value)
  return (
    <div>
      <Text size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {canDrill ? (
          <Anchor
            component="button"
            type="button"
            fw={700}
            onClick={() => onDrill(target)}
            aria-label={`${actualText} — ${t('dashboard.targets.drill', { count: actual!.reports })}`}
            data-testid={`drill-${target.code}`}
            className="dashboard-drill"
          >
            {actualText}
          </Anchor>
        ) : <Text span fw={700} c={actual?.value === null || !actual ? 'dimmed' : undefined}>{actualText}</Text>}
        {' / '}{goal}
      </Text>
      {unit ? <Text size="xs" c="dimmed" lineClamp={2} title={unit}>{unit}</Text> : null}
      <Text size="xs" c="dimmed">
        {actual?.period ? t('dashboard.targets.actualFor', { period: periodLabel(actual.period) }) : null}
        {target.baseline ? `${actual?.period ? ' · ' : ''}${t('dashboard.targets.baseline', { value: f.number(target.baseline.value) })}` : null}
      </Text>
    </div>
  )
}
