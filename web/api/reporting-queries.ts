import { useQuery } from '@tanstack/react-query'
import { getJson, type QueryParams } from './client'
import type { Calendar, DataSet, NotificationList, ReportForm, ReportKey, ReportList, ReportStatus } from './reporting-types'

const enc = encodeURIComponent

export const reportPath = (k: ReportKey) => `/v1/plans/${enc(k.plan)}/reports/${enc(k.dataSet)}/${enc(k.unit)}/${enc(k.period)}`
export const reportFormKey = (k: ReportKey) => ['report-form', k.plan, k.dataSet, k.unit, k.period] as const

export const useDataSets = (plan: string | undefined) =>
  useQuery({
    queryKey: ['data-sets', plan],
    queryFn: ({ signal }) => getJson<DataSet[]>(`/v1/plans/${enc(plan!)}/data-sets`, {}, signal),
    enabled: !!plan,
    staleTime: 10 * 60_000,
  })

export type ReportFilter = { plan?: string; status?: ReportStatus; unit?: string; dataSet?: string; period?: string; limit?: number }
export const useReports = (filter: ReportFilter, enabled = true) =>
  useQuery({
    queryKey: ['reports', filter],
    queryFn: ({ signal }) => getJson<ReportList>('/v1/reports', filter as QueryParams, signal),
    enabled,
    staleTime: 30_000,
  })

type CalendarQuery = { dataSet?: string; period?: string }
/** The follow-up calendar of a plan, as one query (also for pages that ask several at once with useQueries). */
export const calendarQuery = (plan: string, q: CalendarQuery) => ({
  queryKey: ['reporting-calendar', plan, q] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => getJson<Calendar>(`/v1/plans/${enc(plan)}/reporting-calendar`, q as QueryParams, signal),
  staleTime: 60_000,
})

export const useCalendar = (plan: string | undefined, q: CalendarQuery, enabled = true) =>
  useQuery({ ...calendarQuery(plan ?? '', q), enabled: enabled && !!plan })

/**
 * One report's form. Loaded once per visit and then kept in step by the page's own saves (each answer carries the
 * new versions), so a slow line never pays for refetches: no refetch on focus, on reconnect or while mounted.
 */
export const useReportForm = (k: ReportKey) =>
  useQuery({
    queryKey: reportFormKey(k),
    queryFn: ({ signal }) => getJson<ReportForm>(reportPath(k), {}, signal),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnReconnect: false,
    refetchOnWindowFocus: false,
  })

export const NOTIFICATIONS_KEY = ['notifications'] as const
/** Polled every two minutes while the tab is visible (react-query pauses the interval in background tabs). */
export const useNotifications = (enabled: boolean) =>
  useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: ({ signal }) => getJson<NotificationList>('/v1/notifications', {}, signal),
    enabled,
    staleTime: 60_000,
    refetchInterval: 120_000,
  })
