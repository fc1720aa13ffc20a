import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { assertPasswordPolicy, hashPassword, randomPassword } from '../../platform/auth/passwords.js'
import { endSessions } from '../../platform/auth/sessions.js'
import { userNotFound } from './user-errors.js'
import { assertCanManageUser } from './user-subject.js'

/**
 * An administrator sets a one-time password (or has one generated): the account is unlocked, its sessions end, and
 * the user must choose a new password at the next sign-in.
 */
export async function resetPassword(db: Kysely<DB>, actor: Actor, userId: number, chosen?: string): Promise<{ oneTimePassword: string | null }> {
  await assertCanManageUser(db, actor, userId)
  const user = await db.selectFrom('users').select(['id', 'username']).where('id', '=', userId).executeTakeFirst()
  if (!user) throw userNotFound()
  const password = chosen ?? randomPassword()
  assertPasswordPolicy(password, user.username)
  const hash = await hashPassword(password)
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({
      password_hash: hash, must_change_password: true, locked_until: null, failed_sign_ins: 0, failed_window_start: null, updated_at: new Date(),
    }).where('id', '=', userId).execute()
    const ended = await endSessions(trx, { userId }, 'password_reset')
    await recordAudit(trx, { action: 'user.password_reset', entityType: 'user', entityId: userId, entityCode: user.username, after: { mustChangePassword: true, sessionsEnded: ended }, ...auditBy(actor) })
  })
  return { oneTimePassword: chosen === undefined ? password : null }
}
