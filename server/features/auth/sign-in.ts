import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { AuthConfig } from '../../platform/auth/auth-config.js'
import { verifyAgainstDummy, verifyPassword } from '../../platform/auth/passwords.js'
import type { NewSession } from '../../platform/auth/sessions.js'
import { accountLocked, invalidCredentials } from './auth-errors.js'
import { registerSignInFailure } from './register-sign-in-failure.js'
import { openSession, type SignInMeta } from './open-session.js'

/**
 * Username and password. An unknown user, a disabled one and a wrong password all answer the same and take the same
 * time; a locked account is refused without looking at the password, so guessing cannot go on during the lock.
 */
export async function signIn(db: Kysely<DB>, cfg: AuthConfig, input: { username: string; password: string }, meta: SignInMeta): Promise<NewSession> {
  const username = input.username.trim().toLowerCase()
  const user = await db.selectFrom('users').select(['id', 'username', 'password_hash', 'disabled_at', 'locked_until'])
    .where('username', '=', username).executeTakeFirst()
  if (!user || !user.password_hash || user.disabled_at) {
    await verifyAgainstDummy(input.password)
    throw invalidCredentials()
  }
  if (user.locked_until && user.locked_until.getTime() > Date.now()) throw accountLocked(user.locked_until)
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const lockedUntil = await registerSignInFailure(db, cfg.lockout, user, meta)
    throw lockedUntil ? accountLocked(lockedUntil) : invalidCredentials()
  }
  return openSession(db, cfg, user, 'password', meta)
}
