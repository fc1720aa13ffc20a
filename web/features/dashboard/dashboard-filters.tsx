import { SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Dashboard, DashboardSearch } from '../../api/dashboard-types'
import { FocusPlanFilter } from './focus-plan-filter'
import { PeriodFilter } from './period-filter'
import { UnitFilter } from './unit-filter'

/** Period, org unit and focus plan: each change goes into the URL, which the figures are fetched for (the lists show
 * the URL's choice at once, while the figures for it are on their way). */
export function DashboardFilters({ data, search, onChange }: { data: Dashboard; search: DashboardSearch; onChange: (change: Partial<DashboardSearch>) => void }) {
  const { t } = useTranslation()
  return (
    <SimpleGrid component="form" role="search" aria-label={t('dashboard.filters.label')} cols={{ base: 1, xs: 3 }} spacing="sm" className="dashboard-filters dashboard-no-print" onSubmit={(e: React.FormEvent) => e.preventDefault()}>
      <PeriodFilter plan={data.plan.period} value={search.period} onChange={(period) => onChange({ period })} />
      <UnitFilter value={search.unit} selected={data.filters.unit} onChange={(unit) => onChange({ unit })} />
      <FocusPlanFilter data={data} value={search.focusPlan} onChange={(focusPlan) => onChange({ focusPlan })} />
    </SimpleGrid>
  )
}
