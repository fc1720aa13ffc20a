import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { getJson } from './client'
import type { OrgUnit } from './people-types'
import type { Dashboard, DashboardSearch, DrillDown } from './dashboard-types'

const enc = encodeURIComponent
const dashboardPath = (code: string) => `/v1/plans/${enc(code)}/dashboard`
const dashboardKey = (code: string, s: DashboardSearch) => ['dashboard', code, s.period ?? '', s.unit ?? '', s.focusPlan ?? '', s.indicator ?? ''] as const

/**
 * The dashboard's JSON is asked for as soon as the route matches (its loader), while the page's code is still on its
 * way: on a slow line that saves a whole round trip. The page's query then takes the answer already in flight.
 */
const inFlight = new Map<string, { promise: Promise<Dashboard>; at: number }>()
const FRESH_MS = 15_000

/**
 * On a first visit the server draws the dashboard itself and puts its figures in the page
 * (server/features/dashboard/first-paint): the first query for the same plan and filters takes them from there.
 */
type ServerRendered = { key: string; data: Dashboard; at: number }
let serverRendered: ServerRendered | null | undefined

function readServerRendered(): ServerRendered | null {
  if (serverRendered !== undefined) return serverRendered
  serverRendered = null
  const el = document.getElementById('tidtam-dashboard-data')
  if (!el) return null
  el.remove()
  try {
    const block = JSON.parse(el.textContent ?? '') as { key: { code: string } & DashboardSearch; data: Dashboard }
    serverRendered = { key: JSON.stringify(dashboardKey(block.key.code, block.key)), data: block.data, at: Date.now() }
  } catch {
    // A page cut short on a bad line: the query fetches instead.
  }
  return serverRendered
}

const serverRenderedFor = (code: string, search: DashboardSearch) => {
  const hit = readServerRendered()
  return hit && hit.key === JSON.stringify(dashboardKey(code, search)) ? hit : null
}

/** Used once: a later visit to the same filters fetches fresh figures. */
let taken: ServerRendered | null = null
function takeServerRendered(code: string, search: DashboardSearch): ServerRendered | null {
  taken = serverRenderedFor(code, search)
  if (taken) serverRendered = null
  return taken
}

export function prefetchDashboard(code: string, search: DashboardSearch): void {
  if (serverRenderedFor(code, search)) return
  const key = JSON.stringify(dashboardKey(code, search))
  const hit = inFlight.get(key)
  if (hit && Date.now() - hit.at < FRESH_MS) return
  const promise = getJson<Dashboard>(dashboardPath(code), { ...search })
  promise.catch(() => inFlight.delete(key))
  inFlight.set(key, { promise, at: Date.now() })
}

function takePrefetched(code: string, search: DashboardSearch): Promise<Dashboard> | null {
  const key = JSON.stringify(dashboardKey(code, search))
  const hit = inFlight.get(key)
  inFlight.delete(key)
  return hit && Date.now() - hit.at < FRESH_MS ? hit.promise : null
}

/** Figures from approved reports change as reports are approved: fresh for a minute, previous answer kept while filtering. */
export const useDashboard = (code: string, search: DashboardSearch) =>
  useQuery({
    queryKey: dashboardKey(code, search),
    queryFn: ({ signal }) => takePrefetched(code, search) ?? getJson<Dashboard>(dashboardPath(code), { ...search }, signal),
    // Asked when the query is first made (then its updatedAt): the page renders at once with the server's figures.
    initialData: () => takeServerRendered(code, search)?.data,
    initialDataUpdatedAt: () => taken?.at,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  })

export type DrillDownRequest = { element: string; unit?: string; period?: string }

/** The approved reports behind one number of the dashboard. */
export const useDrillDown = (code: string, req: DrillDownRequest | null) =>
  useQuery({
    queryKey: ['dashboard-values', code, req?.element ?? '', req?.unit ?? '', req?.period ?? ''],
    queryFn: ({ signal }) => getJson<DrillDown>(`${dashboardPath(code)}/values`, { ...req!, pageSize: 200 }, signal),
    enabled: !!req,
    staleTime: 60_000,
  })

/** Org units for the unit filter: asked for only when the list is opened (same cache as the org-unit pages). */
export const useOrgUnitOptions = (enabled: boolean) =>
  useQuery({ queryKey: ['org-units'], queryFn: ({ signal }) => getJson<OrgUnit[]>('/v1/org-units', {}, signal), staleTime: 30_000, enabled })
