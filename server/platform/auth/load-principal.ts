import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { Grant, Principal, Role } from './policy.js'

export type AuthUser = Principal & {
  displayName: string
  email: string | null
  mustChangePassword: boolean
}

export async function loadGrants(db: Kysely<DB>, userId: number): Promise<Grant[]> {
  const rows = await db.selectFrom('role_grants as g').leftJoin('org_units as u', 'u.id', 'g.org_unit_id')
    .select(['g.id', 'g.role', 'g.org_unit_id', 'u.code', 'u.path'])
    .where('g.user_id', '=', userId).orderBy('g.id').execute()
  return rows.map((r) => ({ id: r.id, role: r.role as Role, unitId: r.org_unit_id, unitCode: r.code, unitPath: r.org_unit_id === null ? null : r.path! }))
}

/** The signed-in user with their grants as they are now (a moved unit or a revoked grant counts at once). */
export async function loadPrincipal(db: Kysely<DB>, userId: number): Promise<AuthUser | null> {
  const u = await db.selectFrom('users').select(['id', 'username', 'display_name', 'email', 'must_change_password', 'disabled_at'])
    .where('id', '=', userId).executeTakeFirst()
  if (!u || u.disabled_at) return null
  return { id: u.id, username: u.username, displayName: u.display_name, email: u.email, mustChangePassword: u.must_change_password, grants: await loadGrants(db, u.id) }
}
