import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { getJson } from './client'
import type { IndicatorDetail, IndicatorSummary, NodeDetail, Overview, Plan, PlanSummary, SourceLines, Target, TargetDetail, TreeNode } from './types'

const enc = encodeURIComponent
const planPath = (code: string) => `/v1/plans/${enc(code)}`

/** Plan data changes only when a plan package is reloaded: cache it for the session. */
const STATIC = { staleTime: 10 * 60_000, gcTime: 30 * 60_000 }

export const usePlans = () => useQuery({ queryKey: ['plans'], queryFn: ({ signal }) => getJson<PlanSummary[]>('/v1/plans', {}, signal), ...STATIC })

export const usePlan = (code: string) =>
  useQuery({ queryKey: ['plan', code], queryFn: ({ signal }) => getJson<Plan>(planPath(code), {}, signal), ...STATIC })

export const useOverview = (code: string) =>
  useQuery({ queryKey: ['overview', code], queryFn: ({ signal }) => getJson<Overview>(`${planPath(code)}/overview`, {}, signal), ...STATIC })

export const useTree = (code: string) =>
  useQuery({ queryKey: ['tree', code], queryFn: ({ signal }) => getJson<TreeNode[]>(`${planPath(code)}/tree`, {}, signal), ...STATIC })

export const nodeQuery = (code: string, node: string) => ({
  queryKey: ['node', code, node],
  queryFn: ({ signal }: { signal: AbortSignal }) => getJson<NodeDetail>(`${planPath(code)}/nodes/${enc(node)}`, {}, signal),
  ...STATIC,
})
export const useNode = (code: string, node: string, enabled = true) => useQuery({ ...nodeQuery(code, node), enabled })

export const useTargets = (code: string, scope?: 'overall' | 'programme') =>
  useQuery({ queryKey: ['targets', code, scope ?? 'all'], queryFn: ({ signal }) => getJson<Target[]>(`${planPath(code)}/targets`, { scope }, signal), ...STATIC })

export const useTarget = (code: string, target: string) =>
  useQuery({ queryKey: ['target', code, target], queryFn: ({ signal }) => getJson<TargetDetail>(`${planPath(code)}/targets/${enc(target)}`, {}, signal), ...STATIC })

export const useIndicators = (code: string) =>
  useQuery({ queryKey: ['indicators', code], queryFn: ({ signal }) => getJson<IndicatorSummary[]>(`${planPath(code)}/indicators`, {}, signal), ...STATIC })

export const useIndicator = (code: string, indicator: string) =>
  useQuery({ queryKey: ['indicator', code, indicator], queryFn: ({ signal }) => getJson<IndicatorDetail>(`${planPath(code)}/indicators/${enc(indicator)}`, {}, signal), ...STATIC })

/** The server gives at most 400 lines per request. */
export const useSourceLines = (code: string, from: number, to: number) =>
  useQuery({
    queryKey: ['source', code, from, to],
    queryFn: ({ signal }) => getJson<SourceLines>(`${planPath(code)}/source`, { from, to }, signal),
    placeholderData: keepPreviousData,
    ...STATIC,
  })
