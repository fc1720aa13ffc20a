import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { systemActor } from '../../platform/auth/request-actor.js'
import { createUser } from './create-user.js'

export const FIRST_ADMIN_USERNAME = 'admin'

/**
 * On a database without any user, creates the system-wide administrator "admin" with a random one-time password
 * and returns it so start-up can print it once. Returns null when users exist (also when another process won).
 */
export async function ensureFirstAdmin(db: Kysely<DB>): Promise<{ username: string; password: string } | null> {
  const r = await db.selectFrom('users').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
  if (Number(r.n) > 0) return null
  try {
    const created = await createUser(db, systemActor('first-start'), {
      username: FIRST_ADMIN_USERNAME, displayName: 'Administrator / ຜູ້ບໍລິຫານລະບົບ', grants: [{ role: 'system_admin', unit: null }],
    })
    return { username: FIRST_ADMIN_USERNAME, password: created.oneTimePassword! }
  } catch (err) {
    if ((err as { code?: string }).code === 'conflict') return null
    throw err
  }
}
