import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { TREND_COLORS } from './trend-chart-option'

const Swatch = ({ color, dashed }: { color: string; dashed?: boolean }) => (
  <svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke={color} strokeWidth="3" strokeDasharray={dashed ? '5 3' : undefined} /></svg>
)

/** The one legend for all the small charts. */
export function TrendLegend({ targetYear }: { targetYear: number }) {
  const { t } = useTranslation()
  return (
    <Group gap="lg" wrap="wrap" data-testid="trend-legend">
      <Group gap={6} wrap="nowrap"><Swatch color={TREND_COLORS.history} /><Text size="xs">{t('dashboard.trends.history')}</Text></Group>
      <Group gap={6} wrap="nowrap"><Swatch color={TREND_COLORS.actual} /><Text size="xs">{t('dashboard.trends.actual')}</Text></Group>
      <Group gap={6} wrap="nowrap"><Swatch color={TREND_COLORS.target} dashed /><Text size="xs">{t('dashboard.trends.target', { year: targetYear })}</Text></Group>
    </Group>
  )
}
