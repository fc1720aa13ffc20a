import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { AuthConfig } from '../../platform/auth/auth-config.js'
import { recordAudit } from '../../platform/audit/record-audit.js'

/**
 * Counts a wrong password against the account: failures within the window add up, and reaching the limit locks the
 * account for a while. One atomic update, so parallel attempts cannot slip past the count. Returns the lock's end.
 */
export async function registerSignInFailure(
  db: Kysely<DB>, lockout: AuthConfig['lockout'], user: { id: number; username: string }, meta: { ip: string | null; userAgent: string | null },
): Promise<Date | null> {
  return db.transaction().execute(async (trx) => {
    const now = new Date()
    const windowStart = new Date(now.getTime() - lockout.windowMs)
    const fresh = sql<boolean>`(failed_window_start is null or failed_window_start < ${windowStart})`
    const row = await trx.updateTable('users').set({
      failed_sign_ins: sql`case when ${fresh} then 1 else failed_sign_ins + 1 end`,
      failed_window_start: sql`case when ${fresh} then ${now}::timestamptz else failed_window_start end`,
    }).where('id', '=', user.id).returning(['failed_sign_ins']).executeTakeFirstOrThrow()
    const who = { actor: { userId: null, username: user.username }, ip: meta.ip, userAgent: meta.userAgent }
    await recordAudit(trx, { action: 'auth.sign_in_failed', entityType: 'user', entityId: user.id, entityCode: user.username, after: { failures: row.failed_sign_ins }, ...who })
    if (row.failed_sign_ins < lockout.maxFailures) return null
    const until = new Date(now.getTime() + lockout.durationMs)
    await trx.updateTable('users').set({ locked_until: until, failed_sign_ins: 0, failed_window_start: null }).where('id', '=', user.id).execute()
    await recordAudit(trx, { action: 'user.lock', entityType: 'user', entityId: user.id, entityCode: user.username, after: { lockedUntil: until.toISOString() }, ...who })
    return until
  })
}
