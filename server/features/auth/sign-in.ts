import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { AuthConfig } from '../../platform/auth/auth-config.js'
import { verifyAgainstDummy, verifyPassword } from '../../platform/auth/passwords.js'
import type { NewSession } from '../../platform/auth/sessions.js'
import { invalidCredentials } from './auth-errors.js'
import { registerSignInFailure } from './register-sign-in-failure.js'
import { openSession, type SignInMeta } from './open-session.js'

/**
 * Username and password. An unknown user, a disabled one, a wrong password and a locked account all answer the same
 * and take the same time (else the lock would tell which usernames exist); a locked account is refused whatever the
 * password, so guessing cannot go on during the lock.
 */
export async function signIn(db: Kysely<DB>, cfg: AuthConfig, input: { username: string; password: string }, meta: SignInMeta): Promise<NewSession> {
  const username = input.username.trim().toLowerCase()
  const user = await db.selectFrom('users').select(['id', 'username', 'password_hash', 'disabled_at', 'locked_until'])
    .where('username', '=', username).executeTakeFirst()
  if (!user || !user.password_hash || user.disabled_at) {
    await verifyAgainstDummy(input.password)
    throw invalidCredentials()
  }
  if (user.locked_until && user.locked_until.getTime() > Date.now()) {
    await verifyAgainstDummy(input.password)
    throw invalidCredentials()
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    await registerSignInFailure(db, cfg.lockout, user, meta)
    throw invalidCredentials()
  }
  return openSession(db, cfg, user, 'password', meta)
}
