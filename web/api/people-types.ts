/** Shapes of the server's people, org-unit, responsibility and audit JSON (server/features/{auth,users,orgunits,responsibilities,audit}). */
import type { Bi } from './types'

export type Permission = 'orgunits:manage' | 'responsibilities:assign' | 'users:manage' | 'audit:read' | 'unit-data:read' | 'data:enter' | 'reports:review'
export type Role = 'system_admin' | 'planner' | 'reporter' | 'reviewer' | 'viewer'
export const ROLES: readonly Role[] = ['system_admin', 'planner', 'reporter', 'reviewer', 'viewer']

export type Grant = { id: number; role: Role; roleName: Bi; unit: { code: string; name: Bi } | null }
export type User = {
  id: number; username: string; displayName: string; email: string | null; oidcSubject: string | null
  hasPassword: boolean; mustChangePassword: boolean; disabled: boolean; lockedUntil: string | null
  lastSignInAt: string | null; createdAt: string; grants: Grant[]
}
/** `units`: org-unit codes whose subtrees the permission covers; null means the whole system. */
export type PermissionScope = { permission: Permission; units: (string | null)[] }
export type Me = {
  user: User
  permissions: PermissionScope[]
  csrfToken: string
  session: { id: number; method: string; createdAt: string; expiresAt: string; idleTimeoutSeconds: number }
}
export type Providers = { password: boolean; oidc: boolean }
export type RoleInfo = { role: Role; name: Bi; permissions: Permission[] }
export type OneTimePassword = { user: User; oneTimePassword: string | null }
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number }

export const ORG_UNIT_KINDS = ['country', 'ministry', 'department', 'centre', 'institute', 'authority', 'province', 'district', 'operator', 'group', 'other'] as const
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number]
export type OrgUnit = {
  code: string; kind: string; parentCode: string | null; name: Bi; abbr: Bi; iso: string | null
  reference: boolean; src: string | null; closed: boolean; closedAt: string | null; published: boolean
}
export type ImportIssue = { row: number; column: string | null; code: string; message: string; message_lo: string }
export type ImportResult = { dryRun: boolean; created: string[]; updated: string[]; moved: string[]; unchanged: string[] }

export type ItemType = 'node' | 'target' | 'indicator' | 'dataElement' | 'project'
export type Item = { type: ItemType; id: number; code: string; plan: string | null; kind: string | null; name: Bi }
export type ResponsibilityRole = 'lead' | 'support'
export type Assignment = { id: number; role: ResponsibilityRole; unit: { code: string; name: Bi }; item: Item; assignedAt: string }
export type UnitAssignment = Omit<Assignment, 'unit'>
export type AssignmentGroup = 'nodes' | 'targets' | 'indicators' | 'dataElements' | 'projects'
export type UnitPage = {
  unit: OrgUnit
  breadcrumb: { code: string; name: Bi }[]
  children: OrgUnit[]
  responsibilities: Record<AssignmentGroup, UnitAssignment[]>
  planProjects: Item[]
}
export type AssignmentInput = { unit: string; type: ItemType; plan?: string; code: string; role: ResponsibilityRole }

export type AuditEntry = {
  seq: number; at: string; actor: { userId: number | null; username: string | null }; action: string
  entity: { type: string; id: string | null; code: string | null }; before: unknown; after: unknown
  ip: string | null; userAgent: string | null; hash: string; prevHash: string
}
export type AuditVerify = { ok: boolean; entries: number; broken: { seq: number; id: number | null; problem: string; detail: string } | null }
