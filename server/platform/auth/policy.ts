import { AppError } from '../http/errors.js'

/**
 * The one place that says who may do what. Roles carry permissions; every grant of a role is scoped to an org-unit
 * subtree (or, without a unit, to the whole system). Routes declare the permission they need and where their
 * subject's unit comes from; operations that touch further units ask `can`/`assertCan` here too.
 */
export const ROLES = ['system_admin', 'planner', 'reporter', 'reviewer', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = [
  'orgunits:manage',
  'responsibilities:assign',
  'users:manage',
  'audit:read',
  'unit-data:read',
  'data:enter',
  'reports:review',
  'reports:reopen',
  'datasets:manage',
] as const
export type Permission = (typeof PERMISSIONS)[number]

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: ['orgunits:manage', 'responsibilities:assign', 'users:manage', 'audit:read', 'unit-data:read', 'datasets:manage'],
  planner: ['orgunits:manage', 'responsibilities:assign', 'audit:read', 'unit-data:read', 'reports:review', 'reports:reopen', 'datasets:manage'],
  reporter: ['unit-data:read', 'data:enter'],
  reviewer: ['unit-data:read', 'reports:review'],
  viewer: ['unit-data:read'],
}

export const ROLE_NAMES: Record<Role, { lo: string; en: string }> = {
  system_admin: { lo: 'ຜູ້ບໍລິຫານລະບົບ', en: 'System administrator' },
  planner: { lo: 'ນັກວາງແຜນ (ກົມແຜນການ ແລະ ການເງິນ)', en: 'Planner (DPF)' },
  reporter: { lo: 'ຜູ້ລາຍງານ', en: 'Reporter' },
  reviewer: { lo: 'ຜູ້ກວດກາ ແລະ ອະນຸມັດ', en: 'Reviewer / approver' },
  viewer: { lo: 'ຜູ້ເບິ່ງ (ຂັ້ນນຳ)', en: 'Viewer (leadership)' },
}

/** A role grant; `unitPath` null means the grant covers the whole system. */
export type Grant = { id: number; role: Role; unitId: number | null; unitCode: string | null; unitPath: string | null }
export type Principal = { id: number; username: string; grants: readonly Grant[] }

/**
 * What an action is about: one unit (by materialised path), several units (all must be covered), the system as a
 * whole (only system-wide grants), or anywhere (holding the permission at all; the operation narrows the result).
 */
export type Subject = { unitPath: string } | { unitPaths: readonly string[] } | 'system' | 'anywhere'

export function covers(grant: Grant, unitPath: string): boolean {
  if (grant.unitPath === null) return true
  return unitPath === grant.unitPath || unitPath.startsWith(`${grant.unitPath}/`)
}

function grantsWith(user: Principal, action: Permission): Grant[] {
  return user.grants.filter((g) => ROLE_PERMISSIONS[g.role]?.includes(action))
}

export function can(user: Principal | null, action: Permission, subject: Subject = 'anywhere'): boolean {
  if (!user) return false
  const grants = grantsWith(user, action)
  if (!grants.length) return false
  if (subject === 'anywhere') return true
  if (subject === 'system') return grants.some((g) => g.unitPath === null)
  const paths = 'unitPath' in subject ? [subject.unitPath] : subject.unitPaths
  return paths.every((p) => grants.some((g) => covers(g, p)))
}

export function assertCan(user: Principal | null, action: Permission, subject: Subject = 'anywhere'): void {
  if (!user) throw signInRequired()
  if (!can(user, action, subject)) throw forbidden()
}

/** Where a permission reaches, for narrowing queries: everything, or these subtrees. */
export type Scope = { all: true } | { all: false; paths: string[] }

export function scopeOf(user: Principal | null, action: Permission): Scope {
  const grants = user ? grantsWith(user, action) : []
  if (grants.some((g) => g.unitPath === null)) return { all: true }
  const paths = [...new Set(grants.map((g) => g.unitPath!))]
  // A subtree inside another adds nothing.
  return { all: false, paths: paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(`${q}/`))) }
}

export function inScope(scope: Scope, unitPath: string): boolean {
  return scope.all || scope.paths.some((p) => unitPath === p || unitPath.startsWith(`${p}/`))
}

export function permissionsOf(user: Principal): { permission: Permission; units: (string | null)[] }[] {
  return PERMISSIONS.map((permission) => ({
    permission,
    units: [...new Set(grantsWith(user, permission).map((g) => g.unitCode))],
  })).filter((p) => p.units.length)
}

export const signInRequired = () => new AppError(401, 'sign_in_required', 'Please sign in', 'ກະລຸນາເຂົ້າສູ່ລະບົບ')
export const forbidden = () =>
  new AppError(403, 'forbidden', 'You do not have permission to do this', 'ທ່ານບໍ່ມີສິດເຮັດສິ່ງນີ້')
