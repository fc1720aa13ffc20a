import type { Kysely } from 'kysely'
import type { DB, UserTable } from '../../platform/db/schema.js'
import type { Updateable } from 'kysely'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { endSessions } from '../../platform/auth/sessions.js'
import type { UpdateUserInput } from './users.schemas.js'
import { presentUser } from './present-user.js'
import { asConflict, notYourself } from './user-errors.js'
import { assertAdminRemains } from './assert-admin-remains.js'
import { assertCanManageUser } from './user-subject.js'

/** Changes the fields a PATCH may carry (the schema is strict); disabling ends the user's sessions at once, in the same transaction. */
export async function updateUser(db: Kysely<DB>, actor: Actor, userId: number, input: UpdateUserInput) {
  await assertCanManageUser(db, actor, userId)
  return db.transaction().execute(async (trx) => {
    const before = await presentUser(trx, userId)
    const set: Updateable<UserTable> = { updated_at: new Date() }
    if (input.displayName !== undefined) set.display_name = input.displayName
    if (input.email !== undefined) set.email = input.email
    if (input.oidcSubject !== undefined) set.oidc_subject = input.oidcSubject
    if (input.disabled !== undefined && input.disabled !== before.disabled) {
      if (input.disabled && actor.kind === 'user' && actor.user.id === userId) throw notYourself()
      set.disabled_at = input.disabled ? new Date() : null
    }
    await trx.updateTable('users').set(set).where('id', '=', userId).execute().catch(asConflict)
    const disabling = input.disabled === true && !before.disabled
    const enabling = input.disabled === false && before.disabled
    let sessionsEnded: number | undefined
    if (disabling) {
      await assertAdminRemains(trx)
      sessionsEnded = await endSessions(trx, { userId }, 'user_disabled')
    }
    const after = await presentUser(trx, userId)
    const action = disabling ? 'user.disable' : enabling ? 'user.enable' : 'user.update'
    await recordAudit(trx, { action, entityType: 'user', entityId: userId, entityCode: before.username, before, after: disabling ? { ...after, sessionsEnded } : after, ...auditBy(actor) })
    return after
  })
}
