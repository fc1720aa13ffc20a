import { lazy, Suspense, useMemo } from 'react'
import { Group, Paper, Skeleton, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { IndicatorTrend } from '../../api/dashboard-types'
import { FONT_STACK } from '../../theme'
import { AppLink } from '../../ui/app-link'
import { useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import type { TrendInput } from './trend-chart-option'
import { usePeriodLabel } from './use-period-label'

const TrendChart = lazy(() => import('./trend-chart'))

/** Something to draw: a value from the document or a report, or a target. */
export const hasTrend = (i: IndicatorTrend) => [...i.history, ...i.actuals].some((p) => p.value !== null) || (i.target?.value ?? null) !== null
const CHART_HEIGHT = 170

/** One indicator: its name (a link to its page), latest value, and the small chart. */
export function TrendCard({ plan, indicator, period }: { plan: { code: string; start: number; end: number }; indicator: IndicatorTrend; period: string }) {
  const { t } = useTranslation()
  const f = useFormat()
  const bi = useBi()
  const periodLabel = usePeriodLabel()
  const name = bi(indicator.name)?.text ?? indicator.code
  const unit = bi(indicator.unit)?.text ?? ''
  const input = useMemo<TrendInput>(() => ({
    history: indicator.history,
    actuals: indicator.actuals,
    target: indicator.target,
    plan: { start: plan.start, end: plan.end },
    labels: { history: t('dashboard.trends.history'), actual: t('dashboard.trends.actual'), target: t('dashboard.trends.targetShort'), unit },
    formatNumber: (v) => f.number(v, indicator.decimals),
    fontFamily: FONT_STACK,
  }), [indicator, plan.start, plan.end, t, f, unit])
  const latest = [...indicator.actuals].reverse().find((a) => a.value !== null) ?? [...indicator.history].reverse().find((h) => h.value !== null)
  return (
    <Paper withBorder p="sm" radius="md" className="dashboard-trend-card" data-code={indicator.code} data-period={period}>
      <AppLink to="/plans/$code/indicators/$indicator" params={{ code: plan.code, indicator: indicator.code }} size="sm" fw={600} c="dark.8" lineClamp={2} title={name} className="tidtam-lao">
        {name}
      </AppLink>
      <Group gap={6} wrap="wrap">
        <Text size="xs" c="dimmed">
          {latest ? t('dashboard.trends.latest', { value: `${f.number(latest.value, indicator.decimals)} ${unit}`.trim(), period: periodLabel(latest.period) }) : t('dashboard.trends.noValues')}
        </Text>
        {indicator.target?.value !== null && indicator.target ? (
          <Text size="xs" c="orange.9" fw={600}>{t('dashboard.trends.target', { year: indicator.target.year })}: {f.number(indicator.target.value, indicator.decimals)}</Text>
        ) : null}
      </Group>
      {hasTrend(indicator) ? (
        <Suspense fallback={<Skeleton height={CHART_HEIGHT} mt={4} />}>
          <TrendChart input={input} height={CHART_HEIGHT} label={t('dashboard.trends.chartLabel', { name })} />
        </Suspense>
      ) : null}
    </Paper>
  )
}
