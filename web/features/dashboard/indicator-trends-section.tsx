import { useState } from 'react'
import { Button, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Dashboard } from '../../api/dashboard-types'
import { DashboardSection } from './dashboard-section'
import { usePrinting } from './printing-context'
import { hasTrend, TrendCard } from './trend-card'
import { TrendLegend } from './trend-legend'

const FIRST = 9

/** Small multiples: one chart per indicator, the first nine at once, the rest on request (all of them in print). */
export function IndicatorTrendsSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation()
  const printing = usePrinting()
  const [all, setAll] = useState(false)
  // Indicators with something to draw first, in the plan's order; those without any value or target after them.
  const list = [...data.indicators.filter(hasTrend), ...data.indicators.filter((i) => !hasTrend(i))]
  const shown = all || printing ? list : list.slice(0, FIRST)
  const plan = { code: data.plan.code, start: data.plan.period.start, end: data.plan.period.end }
  return (
    <DashboardSection id="dashboard-trends" title={t('dashboard.trends.title')} intro={t('dashboard.trends.intro')} extra={<TrendLegend targetYear={data.plan.period.end} />}>
      {list.length ? (
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="sm" data-testid="indicator-trends">
          {shown.map((ind) => <TrendCard key={ind.code} plan={plan} indicator={ind} period={data.filters.period.id} />)}
        </SimpleGrid>
      ) : <Text c="dimmed" size="sm">{t('dashboard.trends.none')}</Text>}
      {list.length > FIRST ? (
        <Button variant="light" size="compact-sm" onClick={() => setAll((v) => !v)} className="dashboard-no-print" style={{ alignSelf: 'flex-start' }}>
          {all ? t('dashboard.trends.showFewer') : t('dashboard.trends.showAll', { count: list.length })}
        </Button>
      ) : null}
    </DashboardSection>
  )
}
