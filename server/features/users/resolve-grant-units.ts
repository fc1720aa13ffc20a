import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { assertActorCan, type Actor } from '../../platform/auth/request-actor.js'
import type { Role } from '../../platform/auth/policy.js'
import { unitClosed, unitNotFound } from './user-errors.js'

export type ResolvedGrant = { role: Role; unitId: number | null; unitCode: string | null }

/** Looks the grants' units up and checks the actor may hand out roles there (system-wide only from system-wide). */
export async function resolveGrantUnits(db: Kysely<DB>, actor: Actor, grants: { role: Role; unit: string | null }[]): Promise<ResolvedGrant[]> {
  const out: ResolvedGrant[] = []
  for (const g of grants) {
    if (g.unit === null) {
      assertActorCan(actor, 'users:manage', 'system')
      out.push({ role: g.role, unitId: null, unitCode: null })
      continue
    }
    const unit = await db.selectFrom('org_units').select(['id', 'path', 'closed_at']).where('code', '=', g.unit).executeTakeFirst()
    if (!unit) throw unitNotFound(g.unit)
    if (unit.closed_at) throw unitClosed(g.unit)
    assertActorCan(actor, 'users:manage', { unitPath: unit.path })
    out.push({ role: g.role, unitId: unit.id, unitCode: g.unit })
  }
  return out
}
