import { SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Dashboard } from '../../api/dashboard-types'
import { DashboardSection } from './dashboard-section'
import { FocusPlanRollup } from './focus-plan-rollup'
import { RollupRow } from './rollup-row'
import { StatusStackedBar } from './status-stacked-bar'

/** Outcomes and focus plans with the status of all their targets; a focus plan opens onto its programmes. */
export function FrameworkRollupSection({ data, onFocusPlan }: { data: Dashboard; onFocusPlan: (code: string) => void }) {
  const { t } = useTranslation()
  const filtered = !!data.filters.focusPlan
  return (
    <DashboardSection id="dashboard-framework" title={t('dashboard.framework.title')} intro={t('dashboard.framework.intro')}>
      <Stack gap={2}>
        <Text size="sm" fw={600}>{t('dashboard.framework.planTotal', { total: data.planRollup.total })}</Text>
        <StatusStackedBar counts={data.planRollup} size={20} />
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="lg">
        <Stack gap="sm">
          <Title order={3} size="h4">{t('dashboard.framework.focusPlans')}</Title>
          {data.focusPlans.map((fp) => <FocusPlanRollup key={fp.code} focusPlan={fp} filtered={filtered} onFilter={onFocusPlan} />)}
        </Stack>
        <Stack gap="sm">
          <Title order={3} size="h4">{t('dashboard.framework.outcomes')}</Title>
          {data.outcomes.map((o) => <RollupRow key={o.code} node={o} barSize={12} />)}
        </Stack>
      </SimpleGrid>
    </DashboardSection>
  )
}
