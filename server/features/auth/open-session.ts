import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { AuthConfig } from '../../platform/auth/auth-config.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { createSession, endSessions, type NewSession } from '../../platform/auth/sessions.js'

export type SignInMeta = { ip: string | null; userAgent: string | null; previousSessionId: number | null }

/**
 * A successful sign-in: always a brand-new session id (the one the browser came with, if any, is ended), so a
 * session fixed before sign-in is worthless after it.
 */
export async function openSession(
  db: Kysely<DB>, cfg: AuthConfig, user: { id: number; username: string }, method: 'password' | 'oidc', meta: SignInMeta,
): Promise<NewSession> {
  return db.transaction().execute(async (trx) => {
    const now = new Date()
    await trx.updateTable('users').set({ failed_sign_ins: 0, failed_window_start: null, locked_until: null, last_sign_in_at: now }).where('id', '=', user.id).execute()
    if (meta.previousSessionId !== null) await endSessions(trx, { sessionId: meta.previousSessionId }, 'rotated')
    const session = await createSession(trx, { userId: user.id, method, ip: meta.ip, userAgent: meta.userAgent }, cfg)
    await recordAudit(trx, {
      action: 'auth.sign_in', entityType: 'user', entityId: user.id, entityCode: user.username, after: { method, sessionId: session.id },
      actor: { userId: user.id, username: user.username }, ip: meta.ip, userAgent: meta.userAgent,
    })
    return session
  })
}
