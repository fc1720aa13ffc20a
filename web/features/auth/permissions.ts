import type { Me, Permission } from '../../api/people-types'

/** What the web app shows or hides; the server decides again on every request (server/platform/auth/policy.ts). */

export function unitsWith(me: Me | null | undefined, permission: Permission): (string | null)[] {
  return me?.permissions.find((p) => p.permission === permission)?.units ?? []
}

/** Holding the permission over some unit (or everything). */
export const canAnywhere = (me: Me | null | undefined, permission: Permission): boolean => unitsWith(me, permission).length > 0

/** Holding the permission over the whole system (a grant without a unit). */
export const canSystemWide = (me: Me | null | undefined, permission: Permission): boolean => unitsWith(me, permission).includes(null)

/** Holding the permission over this unit: a grant on it or on one of its ancestors (parentOf walks up the tree). */
export function canOnUnit(me: Me | null | undefined, permission: Permission, code: string, parentOf: (code: string) => string | null | undefined): boolean {
  const units = unitsWith(me, permission)
  if (units.includes(null)) return true
  const seen = new Set<string>()
  for (let c: string | null | undefined = code; c && !seen.has(c); c = parentOf(c)) {
    if (units.includes(c)) return true
    seen.add(c)
  }
  return false
}
