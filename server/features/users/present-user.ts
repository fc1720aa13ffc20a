import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { ROLE_NAMES, type Role } from '../../platform/auth/policy.js'
import { notFound } from '../../platform/http/errors.js'
import type { UserView } from './users.schemas.js'

type GrantRow = { id: number; user_id: number; role: string; code: string | null; name_lo: string | null; name_en: string | null }

async function grantsOf(db: Kysely<DB>, userIds: number[]): Promise<Map<number, GrantRow[]>> {
  const out = new Map<number, GrantRow[]>()
  if (!userIds.length) return out
  const rows = await db.selectFrom('role_grants as g').leftJoin('org_units as u', 'u.id', 'g.org_unit_id')
    .select(['g.id', 'g.user_id', 'g.role', 'u.code', 'u.name_lo', 'u.name_en'])
    .where('g.user_id', 'in', userIds).orderBy('g.id').execute()
  for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), r])
  return out
}

export const presentGrant = (g: GrantRow) => ({
  id: g.id,
  role: g.role as Role,
  roleName: ROLE_NAMES[g.role as Role],
  unit: g.code ? { code: g.code, name: { lo: g.name_lo, en: g.name_en } } : null,
})

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** Users as the API shows them: never the password hash or lockout counters, always with their grants. */
export async function presentUsers(db: Kysely<DB>, ids: number[]): Promise<UserView[]> {
  if (!ids.length) return []
  const rows = await db.selectFrom('users').selectAll().where('id', 'in', ids).execute()
  const grants = await grantsOf(db, ids)
  const byId = new Map(rows.map((u) => [u.id, u]))
  return ids.filter((id) => byId.has(id)).map((id) => {
    const u = byId.get(id)!
    return {
      id: u.id, username: u.username, displayName: u.display_name, email: u.email, oidcSubject: u.oidc_subject,
      hasPassword: u.password_hash !== null, mustChangePassword: u.must_change_password, disabled: u.disabled_at !== null,
      lockedUntil: u.locked_until && u.locked_until.getTime() > Date.now() ? u.locked_until.toISOString() : null,
      lastSignInAt: iso(u.last_sign_in_at), createdAt: u.created_at.toISOString(),
      grants: (grants.get(id) ?? []).map(presentGrant),
    }
  })
}

export async function presentUser(db: Kysely<DB>, id: number): Promise<UserView> {
  const [u] = await presentUsers(db, [id])
  if (!u) throw notFound('user', String(id))
  return u
}
