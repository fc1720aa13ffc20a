import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { endSessions } from '../../platform/auth/sessions.js'
import { AppError } from '../../platform/http/errors.js'
import { assertCanManageUser } from './user-subject.js'

const sessionNotFound = () => new AppError(404, 'not_found', 'The session was not found or has already ended', 'ບໍ່ພົບການເຂົ້າໃຊ້ນີ້ ຫຼື ມັນສິ້ນສຸດແລ້ວ')

/**
 * Ends one session of the user (it must be theirs: the id is matched together with the user) or all of them. The
 * next request carrying an ended session is refused with 401.
 */
export async function revokeSessions(db: Kysely<DB>, actor: Actor, userId: number, sessionId?: number): Promise<{ ended: number }> {
  // Ending one's own sessions needs no permission; anyone else's needs users:manage over them.
  if (actor.kind !== 'user' || actor.user.id !== userId) await assertCanManageUser(db, actor, userId)
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select(['id', 'username']).where('id', '=', userId).executeTakeFirst()
    if (!user) throw sessionNotFound()
    const ended = await endSessions(trx, sessionId === undefined ? { userId } : { sessionId, userId }, 'revoked')
    if (sessionId !== undefined && ended === 0) throw sessionNotFound()
    await recordAudit(trx, { action: 'session.revoke', entityType: 'user', entityId: userId, entityCode: user.username, after: { sessionId: sessionId ?? 'all', ended }, ...auditBy(actor) })
    return { ended }
  })
}
