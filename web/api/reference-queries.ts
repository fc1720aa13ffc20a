import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { getJson } from './client'
import type { Finding, LegislationList, ProjectList, SearchResponse, SearchType, StatisticsTable, TableSummary } from './types'

const enc = encodeURIComponent
const planPath = (code: string) => `/v1/plans/${enc(code)}`
const STATIC = { staleTime: 10 * 60_000, gcTime: 30 * 60_000 }

export type ProjectFilter = { focusPlan?: string; funding?: string; currency?: string; year?: number; q?: string }

export const useProjects = (code: string, filter: ProjectFilter) =>
  useQuery({
    queryKey: ['projects', code, filter],
    queryFn: ({ signal }) => getJson<ProjectList>(`${planPath(code)}/projects`, filter, signal),
    placeholderData: keepPreviousData,
    ...STATIC,
  })

export const useLegislation = (code: string) =>
  useQuery({ queryKey: ['legislation', code], queryFn: ({ signal }) => getJson<LegislationList>(`${planPath(code)}/legislation`, {}, signal), ...STATIC })

export const useStatisticsTables = (code: string) =>
  useQuery({ queryKey: ['statistics', code], queryFn: ({ signal }) => getJson<TableSummary[]>(`${planPath(code)}/statistics`, {}, signal), ...STATIC })

export const useStatisticsTable = (code: string, table: string | undefined) =>
  useQuery({
    queryKey: ['statistics-table', code, table],
    queryFn: ({ signal }) => getJson<StatisticsTable>(`${planPath(code)}/statistics/${enc(table!)}`, {}, signal),
    enabled: !!table,
    ...STATIC,
  })

export const useFindings = (code: string) =>
  useQuery({ queryKey: ['findings', code], queryFn: ({ signal }) => getJson<Finding[]>(`${planPath(code)}/findings`, {}, signal), ...STATIC })

export const useSearch = (q: string, plan?: string, type?: SearchType) =>
  useQuery({
    queryKey: ['search', q, plan, type],
    queryFn: ({ signal }) => getJson<SearchResponse>('/v1/search', { q, plan, type, limit: 100 }, signal),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  })
