import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { endSessions } from '../../platform/auth/sessions.js'

export async function signOut(db: Kysely<DB>, actor: Actor & { kind: 'user' }, sessionId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await endSessions(trx, { sessionId }, 'signed_out')
    await recordAudit(trx, { action: 'auth.sign_out', entityType: 'user', entityId: actor.user.id, entityCode: actor.user.username, after: { sessionId }, ...auditBy(actor) })
  })
}
