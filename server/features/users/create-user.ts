import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { actorUserId, assertActorCan, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { assertPasswordPolicy, hashPassword, randomPassword } from '../../platform/auth/passwords.js'
import type { CreateUserInput } from './users.schemas.js'
import { resolveGrantUnits } from './resolve-grant-units.js'
import { presentUser } from './present-user.js'
import { asConflict, ssoNeedsIdentity } from './user-errors.js'

export type CreatedUser = { id: number; oneTimePassword: string | null }

/**
 * A new account. With a password it is one-time: the user must change it at first sign-in. A generated one is
 * returned once and never stored in clear.
 */
export async function createUser(db: Kysely<DB>, actor: Actor, input: CreateUserInput): Promise<CreatedUser> {
  const grants = await resolveGrantUnits(db, actor, input.grants ?? [])
  if (!grants.length) assertActorCan(actor, 'users:manage', 'anywhere')
  let password: string | null = null
  if (input.ssoOnly) {
    if (!input.email && !input.oidcSubject) throw ssoNeedsIdentity()
  } else {
    password = input.password ?? randomPassword()
    assertPasswordPolicy(password, input.username)
  }
  const passwordHash = password === null ? null : await hashPassword(password)
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('users').values({
      username: input.username, display_name: input.displayName, email: input.email ?? null, oidc_subject: input.oidcSubject ?? null,
      password_hash: passwordHash, must_change_password: password !== null,
    }).returning('id').executeTakeFirstOrThrow().catch(asConflict)
    for (const g of grants) {
      await trx.insertInto('role_grants').values({ user_id: row.id, role: g.role, org_unit_id: g.unitId, created_by: actorUserId(actor) }).execute().catch(asConflict)
    }
    const after = await presentUser(trx, row.id)
    await recordAudit(trx, { action: 'user.create', entityType: 'user', entityId: row.id, entityCode: input.username, after, ...auditBy(actor) })
    return row.id
  })
  const generated = password !== null && input.password === undefined
  return { id, oneTimePassword: generated ? password : null }
}
