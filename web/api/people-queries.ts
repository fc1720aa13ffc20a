import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { getJson, type QueryParams } from './client'
import type { AuditEntry, AuditVerify, OrgUnit, Paged, Providers, RoleInfo, UnitPage, User } from './people-types'

const enc = encodeURIComponent

export const useProviders = () =>
  useQuery({ queryKey: ['auth-providers'], queryFn: ({ signal }) => getJson<Providers>('/v1/auth/providers', {}, signal), staleTime: 10 * 60_000 })

/** Published units for everyone; a signed-in user also gets the unpublished ones in their scope. */
export const useOrgUnits = () =>
  useQuery({ queryKey: ['org-units'], queryFn: ({ signal }) => getJson<OrgUnit[]>('/v1/org-units', {}, signal), staleTime: 30_000 })

export const useUnitPage = (code: string) =>
  useQuery({ queryKey: ['unit-page', code], queryFn: ({ signal }) => getJson<UnitPage>(`/v1/org-units/${enc(code)}`, {}, signal) })

export const useRoles = () =>
  useQuery({ queryKey: ['roles'], queryFn: ({ signal }) => getJson<RoleInfo[]>('/v1/roles', {}, signal), staleTime: 10 * 60_000 })

export type UserFilter = { q?: string; page?: number }
export const USERS_PAGE_SIZE = 25
export const useUsers = (filter: UserFilter) =>
  useQuery({
    queryKey: ['users', filter],
    queryFn: ({ signal }) => getJson<Paged<User>>('/v1/users', { ...filter, pageSize: USERS_PAGE_SIZE } as QueryParams, signal),
    placeholderData: keepPreviousData,
  })

export type AuditFilter = { action?: string; entityType?: string; actor?: string; from?: string; to?: string; page?: number }
export const AUDIT_PAGE_SIZE = 25
/** A "from" day after the "to" day can match nothing: a mistake to point out, not a query to send. */
export const auditRangeInverted = (f: Pick<AuditFilter, 'from' | 'to'>): boolean => !!(f.from && f.to && f.from.slice(0, 10) > f.to.slice(0, 10))
export const useAudit = (filter: AuditFilter) =>
  useQuery({
    queryKey: ['audit', filter],
    queryFn: ({ signal }) => getJson<Paged<AuditEntry>>('/v1/audit', { ...filter, pageSize: AUDIT_PAGE_SIZE } as QueryParams, signal),
    placeholderData: keepPreviousData,
    enabled: !auditRangeInverted(filter),
  })

/** Recomputing the chain reads every entry: only when asked. */
export const useAuditVerify = () =>
  useQuery({ queryKey: ['audit-verify'], queryFn: ({ signal }) => getJson<AuditVerify>('/v1/audit/verify', {}, signal), enabled: false, gcTime: 0 })
