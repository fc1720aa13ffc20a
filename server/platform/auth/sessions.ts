import crypto from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

export type SessionTimeouts = { idleTimeoutMs: number; absoluteTimeoutMs: number }
export type EndReason = 'signed_out' | 'rotated' | 'revoked' | 'idle_timeout' | 'absolute_timeout' | 'password_changed' | 'password_reset' | 'user_disabled'

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')
const randomToken = () => crypto.randomBytes(32).toString('base64url')

export type NewSession = { id: number; userId: number; token: string; csrfToken: string; expiresAt: Date }

export async function createSession(
  db: Kysely<DB>,
  input: { userId: number; method: 'password' | 'oidc'; ip: string | null; userAgent: string | null },
  timeouts: SessionTimeouts,
): Promise<NewSession> {
  const token = randomToken()
  const csrfToken = randomToken()
  const now = new Date()
  const expiresAt = new Date(now.getTime() + timeouts.absoluteTimeoutMs)
  const row = await db.insertInto('sessions').values({
    token_hash: hashToken(token), user_id: input.userId, csrf_token: csrfToken, auth_method: input.method,
    created_at: now, last_seen_at: now, expires_at: expiresAt, ip: input.ip, user_agent: input.userAgent?.slice(0, 500) ?? null,
  }).returning('id').executeTakeFirstOrThrow()
  return { id: row.id, userId: input.userId, token, csrfToken, expiresAt }
}

export type ActiveSession = { id: number; userId: number; csrfToken: string; lastSeenAt: Date }
export type SessionLookup = { session: ActiveSession } | { problem: 'ended' } | null

/** The live session for a cookie's token; an idle or too-old session is ended on the spot. */
export async function findActiveSession(db: Kysely<DB>, token: string, timeouts: SessionTimeouts): Promise<SessionLookup> {
  const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst()
  if (!row) return null
  if (row.revoked_at) return { problem: 'ended' }
  const now = Date.now()
  const reason: EndReason | null = now >= row.expires_at.getTime() ? 'absolute_timeout'
    : now - row.last_seen_at.getTime() > timeouts.idleTimeoutMs ? 'idle_timeout' : null
  if (reason) {
    await endSessions(db, { sessionId: row.id }, reason)
    return { problem: 'ended' }
  }
  return { session: { id: row.id, userId: row.user_id, csrfToken: row.csrf_token, lastSeenAt: row.last_seen_at } }
}

/** Records activity for the idle timeout; at most every few seconds, so reads do not each cost a write. */
export async function touchSession(db: Kysely<DB>, session: ActiveSession, timeouts: SessionTimeouts): Promise<void> {
  const now = Date.now()
  const every = Math.min(60_000, timeouts.idleTimeoutMs / 10)
  if (now - session.lastSeenAt.getTime() < every) return
  await db.updateTable('sessions').set({ last_seen_at: new Date(now) }).where('id', '=', session.id).where('revoked_at', 'is', null).execute()
}

export type SessionSelector = { sessionId: number; userId?: number } | { userId: number; exceptSessionId?: number }

/** Ends sessions at once: the next request carrying one of them is anonymous. Returns how many were live. */
export async function endSessions(db: Kysely<DB>, which: SessionSelector, reason: EndReason): Promise<number> {
  let q = db.updateTable('sessions').set({ revoked_at: new Date(), revoked_reason: reason }).where('revoked_at', 'is', null)
  if ('sessionId' in which) {
    q = q.where('id', '=', which.sessionId)
    if (which.userId !== undefined) q = q.where('user_id', '=', which.userId)
  } else {
    q = q.where('user_id', '=', which.userId)
    if (which.exceptSessionId !== undefined) q = q.where('id', '<>', which.exceptSessionId)
  }
  const r = await q.executeTakeFirst()
  return Number(r.numUpdatedRows)
}
