import { useCallback } from 'react'
import { getRouteApi } from '@tanstack/react-router'
import type { DashboardSearch } from '../../api/dashboard-types'

const route = getRouteApi('/plans/$code/dashboard')

/** The dashboard's filters from the URL, and a setter that changes some of them (empty value = filter removed). */
export function useDashboardFilters() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const setFilters = useCallback((change: Partial<DashboardSearch>) => {
    void navigate({ search: (prev: DashboardSearch) => {
      const next: DashboardSearch = { ...prev, ...change }
      for (const k of Object.keys(next) as (keyof DashboardSearch)[]) if (!next[k]) delete next[k]
      return next
    }, replace: false })
  }, [navigate])
  return { search, setFilters }
}
