import type { DashboardSearch } from '../../api/dashboard-types'
import { optString } from '../../search-params'

/** The dashboard's URL search parameters: every filter is in the URL, so a view can be shared or printed as is. */
export function validateDashboardSearch(s: Record<string, unknown>): DashboardSearch {
  return { period: optString(s.period), unit: optString(s.unit), focusPlan: optString(s.focusPlan), indicator: optString(s.indicator) }
}
