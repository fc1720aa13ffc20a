import { NativeSelect } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Dashboard } from '../../api/dashboard-types'
import { pickBi } from '../../ui/bilingual'

/**
 * One focus plan: its targets, programmes and projects only. The choices come from a dashboard already loaded without
 * this filter (no extra request); opened straight on a filtered view, the list holds the chosen plan until cleared.
 */
export function FocusPlanFilter({ data, value, onChange }: { data: Dashboard; value: string | undefined; onChange: (code: string | undefined) => void }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const unfiltered = queryClient.getQueriesData<Dashboard>({ queryKey: ['dashboard', data.plan.code] })
    .map(([, d]) => d).find((d) => d && !d.filters.focusPlan)
  const plans = (unfiltered ?? data).focusPlans
  const kind = t('kind.focus_plan')
  const options = [
    { value: '', label: t('dashboard.filters.allFocusPlans') },
    ...plans.map((fp) => ({ value: fp.code, label: `${fp.no ?? fp.code}. ${pickBi(fp.name, i18n.language)?.text ?? kind}` })),
  ]
  return (
    <NativeSelect
      label={t('dashboard.filters.focusPlan')}
      data={options}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || undefined)}
      data-testid="filter-focus-plan"
    />
  )
}
