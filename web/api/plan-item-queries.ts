import { useQuery } from '@tanstack/react-query'
import { getJson } from './client'
import type { IndicatorSummary, ProjectList, Target, TreeNode } from './types'

export type AssignableType = 'node' | 'target' | 'indicator' | 'project'

const enc = encodeURIComponent
const STATIC = { staleTime: 10 * 60_000, gcTime: 30 * 60_000 }

/**
 * The plan's items of one type, for the assignment picker; only the chosen type is fetched. Same keys and requests as
 * plan-queries/reference-queries, so what the reader already opened is not fetched again.
 */
export function usePlanItems(plan: string | undefined, type: AssignableType) {
  const path = `/v1/plans/${enc(plan ?? '')}`
  const on = (t: AssignableType) => !!plan && type === t
  return {
    node: useQuery({ queryKey: ['tree', plan], queryFn: ({ signal }) => getJson<TreeNode[]>(`${path}/tree`, {}, signal), enabled: on('node'), ...STATIC }),
    target: useQuery({ queryKey: ['targets', plan, 'all'], queryFn: ({ signal }) => getJson<Target[]>(`${path}/targets`, {}, signal), enabled: on('target'), ...STATIC }),
    indicator: useQuery({ queryKey: ['indicators', plan], queryFn: ({ signal }) => getJson<IndicatorSummary[]>(`${path}/indicators`, {}, signal), enabled: on('indicator'), ...STATIC }),
    project: useQuery({ queryKey: ['projects', plan, {}], queryFn: ({ signal }) => getJson<ProjectList>(`${path}/projects`, {}, signal), enabled: on('project'), ...STATIC }),
  }
}
