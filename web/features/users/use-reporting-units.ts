import { useQueries } from '@tanstack/react-query'
import { usePlans } from '../../api/plan-queries'
import { calendarQuery } from '../../api/reporting-queries'

/**
 * Codes of the units expected to report on any plan's forms (those whose form is not empty), as far as the caller may
 * read; null until known. The same list the reporting follow-up counts, so a grant can be checked against it.
 */
export function useReportingUnits(enabled: boolean): Set<string> | null {
  const plans = usePlans()
  const calendars = useQueries({
    queries: (enabled ? plans.data ?? [] : []).map((p) => calendarQuery(p.code, {})),
  })
  if (!enabled || !plans.data || calendars.some((c) => !c.data)) return null
  return new Set(calendars.flatMap((c) => c.data!.reports.map((r) => r.unit.code)))
}
