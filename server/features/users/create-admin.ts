import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { systemActor } from '../../platform/auth/request-actor.js'
import { createUser } from './create-user.js'
import { resetPassword } from './reset-password.js'
import { username as usernameSchema } from './users.schemas.js'
import { userNotFound } from './user-errors.js'

/** CLI: a new system-wide administrator with a random one-time password (printed by the caller, once). */
export async function createAdmin(db: Kysely<DB>, name: string): Promise<{ username: string; password: string }> {
  const username = usernameSchema.parse(name)
  const created = await createUser(db, systemActor('cli'), { username, displayName: username, grants: [{ role: 'system_admin', unit: null }] })
  return { username, password: created.oneTimePassword! }
}

/** CLI: recovery when nobody can sign in — a new one-time password for an existing user. */
export async function resetPasswordFromCli(db: Kysely<DB>, name: string): Promise<{ username: string; password: string }> {
  const username = usernameSchema.parse(name)
  const user = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()
  if (!user) throw userNotFound()
  const r = await resetPassword(db, systemActor('cli'), user.id)
  return { username, password: r.oneTimePassword! }
}
