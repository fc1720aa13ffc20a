import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

/** A user's live sessions (never their tokens), newest first. */
export async function listSessions(db: Kysely<DB>, userId: number, currentSessionId: number | null) {
  const rows = await db.selectFrom('sessions').select(['id', 'auth_method', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId).where('revoked_at', 'is', null).where('expires_at', '>', new Date())
    .orderBy('created_at', 'desc').orderBy('id', 'desc').execute()
  return rows.map((s) => ({
    id: s.id, method: s.auth_method, createdAt: s.created_at.toISOString(), lastSeenAt: s.last_seen_at.toISOString(),
    expiresAt: s.expires_at.toISOString(), ip: s.ip, userAgent: s.user_agent, current: s.id === currentSessionId,
  }))
}
