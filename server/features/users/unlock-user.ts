import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { presentUser } from './present-user.js'
import { assertCanManageUser } from './user-subject.js'

export async function unlockUser(db: Kysely<DB>, actor: Actor, userId: number) {
  await assertCanManageUser(db, actor, userId)
  return db.transaction().execute(async (trx) => {
    const before = await presentUser(trx, userId)
    await trx.updateTable('users').set({ locked_until: null, failed_sign_ins: 0, failed_window_start: null, updated_at: new Date() }).where('id', '=', userId).execute()
    const after = await presentUser(trx, userId)
    await recordAudit(trx, { action: 'user.unlock', entityType: 'user', entityId: userId, entityCode: before.username, before: { lockedUntil: before.lockedUntil }, after: { lockedUntil: null }, ...auditBy(actor) })
    return after
  })
}
