import '../features/dashboard/dashboard-styles'
import { lazy, Suspense, useEffect, useState } from 'react'
import { SimpleGrid, Skeleton, Stack } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { ApiError } from '../api/client'
import { useDashboard } from '../api/dashboard-queries'
import { BudgetExecutionSection } from '../features/dashboard/budget-execution-section'
import { DashboardAccessPrompt } from '../features/dashboard/dashboard-access-prompt'
import { DashboardFilterError } from '../features/dashboard/dashboard-filter-error'
import { DashboardHeader } from '../features/dashboard/dashboard-header'
import { FrameworkRollupSection } from '../features/dashboard/framework-rollup-section'
import { IndicatorTrendsSection } from '../features/dashboard/indicator-trends-section'
import { OverallTargetsSection } from '../features/dashboard/overall-targets-section'
import { PrintingContext } from '../features/dashboard/printing-context'
import { ProvinceMapSection } from '../features/dashboard/province-map-section'
import { ReportingCompletenessSection } from '../features/dashboard/reporting-completeness-section'
import { useDashboardFilters } from '../features/dashboard/use-dashboard-filters'
import { usePrintMode } from '../features/dashboard/use-print-mode'
import { QueryState } from '../ui/query-state'

const route = getRouteApi('/plans/$code/dashboard')
// The filters (Mantine's Select and its popover machinery) arrive just after the figures, not before them.
const DashboardFilters = lazy(() => import('../features/dashboard/dashboard-filters').then((m) => ({ default: m.DashboardFilters })))
const filtersLoading = (
  <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" className="dashboard-no-print" aria-hidden="true">
    {[0, 1, 2].map((k) => <Skeleton key={k} height={60} />)}
  </SimpleGrid>
)

/**
 * The minister's dashboard: the overall targets at a glance, a province map, outcomes and focus plans, indicator
 * trends, projects and budget, and reporting completeness — every figure from approved reports in the reader's scope.
 * The targets and the map come first, in the order the server's first paint draws them.
 */
export function DashboardPage() {
  const { code } = route.useParams()
  const { search, setFilters } = useDashboardFilters()
  const query = useDashboard(code, search)
  const { printing, print } = usePrintMode()
  const rest = useAfterFirstPaint(!!query.data)
  const status = query.error instanceof ApiError ? query.error.status : null
  if (status === 401) return <DashboardAccessPrompt reason="sign-in" plan={code} />
  // With filters in the URL, a refusal is about them (a unit outside the reader's scope, a period outside the plan).
  const filtered = !!(search.period || search.unit || search.focusPlan || search.indicator)
  if (filtered && status !== null && status >= 400 && status < 500) {
    return <DashboardFilterError error={query.error} onReset={() => setFilters({ period: undefined, unit: undefined, focusPlan: undefined, indicator: undefined })} />
  }
  if (status === 403) return <DashboardAccessPrompt reason="denied" plan={code} />
  return (
    <QueryState query={query}>
      {(data) => (
        <PrintingContext.Provider value={printing}>
          <Stack gap="lg" className="dashboard-page" data-testid="dashboard" data-printing={printing || undefined}>
            <DashboardHeader data={data} updating={query.isPlaceholderData || (query.isFetching && !query.isPending)} onPrint={print} />
            <Suspense fallback={filtersLoading}>
              <DashboardFilters data={data} search={search} onChange={setFilters} />
            </Suspense>
            <OverallTargetsSection plan={code} data={data} unit={search.unit} />
            {rest || printing ? (
              <>
                <ProvinceMapSection data={data} indicator={search.indicator} onIndicator={(indicator) => setFilters({ indicator })} />
                <FrameworkRollupSection data={data} onFocusPlan={(focusPlan) => setFilters({ focusPlan })} />
                <IndicatorTrendsSection data={data} />
                <BudgetExecutionSection data={data} />
                <ReportingCompletenessSection data={data} />
              </>
            ) : null}
          </Stack>
        </PrintingContext.Provider>
      )}
    </QueryState>
  )
}

/**
 * False for the first paint of the figures, true a frame later: the targets show first, the sections below follow.
 * True at once when the server drew the page: it is already on screen, and a reader who scrolled down to the map
 * must not see it vanish for a frame.
 */
function useAfterFirstPaint(ready: boolean): boolean {
  const [after, setAfter] = useState(() => document.querySelector('[data-first-paint]') !== null)
  useEffect(() => {
    if (!ready || after) return
    const frame = requestAnimationFrame(() => setTimeout(() => setAfter(true), 0))
    return () => cancelAnimationFrame(frame)
  }, [ready, after])
  return after
}
