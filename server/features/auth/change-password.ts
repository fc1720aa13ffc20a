import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { assertPasswordPolicy, hashPassword, verifyPassword } from '../../platform/auth/passwords.js'
import { endSessions } from '../../platform/auth/sessions.js'
import { AppError } from '../../platform/http/errors.js'
import { noPasswordSet, wrongCurrentPassword } from './auth-errors.js'

const samePassword = () => new AppError(400, 'same_password', 'Choose a password different from the current one', 'ກະລຸນາເລືອກລະຫັດຜ່ານໃໝ່ທີ່ບໍ່ຄືກັບລະຫັດເກົ່າ')

/** The user's own change (also the way out of a one-time password). Their other sessions end. */
export async function changePassword(
  db: Kysely<DB>, actor: Actor & { kind: 'user' }, sessionId: number, input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await db.selectFrom('users').select(['id', 'username', 'password_hash']).where('id', '=', actor.user.id).executeTakeFirstOrThrow()
  if (!user.password_hash) throw noPasswordSet()
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) throw wrongCurrentPassword()
  assertPasswordPolicy(input.newPassword, user.username)
  if (input.newPassword === input.currentPassword) throw samePassword()
  const hash = await hashPassword(input.newPassword)
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: false, updated_at: new Date() }).where('id', '=', user.id).execute()
    const ended = await endSessions(trx, { userId: user.id, exceptSessionId: sessionId }, 'password_changed')
    await recordAudit(trx, { action: 'user.password_change', entityType: 'user', entityId: user.id, entityCode: user.username, after: { otherSessionsEnded: ended }, ...auditBy(actor) })
  })
}
