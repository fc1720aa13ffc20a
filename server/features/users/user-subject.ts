import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Subject } from '../../platform/auth/policy.js'
import { assertActorCan, type Actor } from '../../platform/auth/request-actor.js'
import { userNotFound } from './user-errors.js'

/**
 * The units a user belongs to, from their grants in the database: managing them needs `users:manage` over all of
 * these (a system-wide grant needs a system-wide administrator). A user without grants can do nothing, so any
 * administrator may manage them.
 */
export async function userSubject(db: Kysely<DB>, userId: number): Promise<Subject | undefined> {
  const user = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst()
  if (!user) return undefined
  const grants = await db.selectFrom('role_grants as g').leftJoin('org_units as u', 'u.id', 'g.org_unit_id')
    .select(['g.org_unit_id', 'u.path']).where('g.user_id', '=', userId).execute()
  if (grants.some((g) => g.org_unit_id === null)) return 'system'
  return grants.length ? { unitPaths: grants.map((g) => g.path!) } : 'anywhere'
}

/** `unitFrom` for routes under /users/:userId. */
export function userFromParams(req: FastifyRequest, db: Kysely<DB>): Promise<Subject | undefined> {
  const id = Number((req.params as { userId?: unknown }).userId)
  return Number.isInteger(id) && id > 0 && id <= 2 ** 31 - 1 ? userSubject(db, id) : Promise.resolve(undefined)
}

/** The same rule inside operations, so an operation called from elsewhere cannot skip it. */
export async function assertCanManageUser(db: Kysely<DB>, actor: Actor, userId: number): Promise<void> {
  const subject = await userSubject(db, userId)
  if (!subject) throw userNotFound()
  assertActorCan(actor, 'users:manage', subject)
}
