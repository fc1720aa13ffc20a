import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { presentUser } from './present-user.js'
import { grantNotFound } from './user-errors.js'
import { assertAdminRemains } from './assert-admin-remains.js'
import { assertCanManageUser } from './user-subject.js'

/**
 * The grant is looked up by its id *and* the user in the URL, so a grant id from another user is simply not found;
 * the route has already checked the actor manages every unit this user belongs to.
 */
export async function removeGrant(db: Kysely<DB>, actor: Actor, userId: number, grantId: number) {
  await assertCanManageUser(db, actor, userId)
  return db.transaction().execute(async (trx) => {
    const grant = await trx.selectFrom('role_grants').select('id').where('id', '=', grantId).where('user_id', '=', userId).executeTakeFirst()
    if (!grant) throw grantNotFound()
    const before = await presentUser(trx, userId)
    await trx.deleteFrom('role_grants').where('id', '=', grantId).execute()
    await assertAdminRemains(trx)
    const after = await presentUser(trx, userId)
    await recordAudit(trx, { action: 'user.grant_remove', entityType: 'user', entityId: userId, entityCode: before.username, before: { grant: before.grants.find((g) => g.id === grantId), grants: before.grants }, after: { grants: after.grants }, ...auditBy(actor) })
    return after
  })
}
