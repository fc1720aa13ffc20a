import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { AuthConfig } from '../../platform/auth/auth-config.js'
import type { AuthUser } from '../../platform/auth/load-principal.js'
import { permissionsOf } from '../../platform/auth/policy.js'
import type { ActiveSession } from '../../platform/auth/sessions.js'
import { presentUser } from '../users/index.js'

/** What the web app needs after sign-in: who, what they may do where, the CSRF token, and when the session ends. */
export async function getMe(db: Kysely<DB>, cfg: AuthConfig, user: AuthUser, session: ActiveSession) {
  const s = await db.selectFrom('sessions').select(['auth_method', 'created_at', 'expires_at']).where('id', '=', session.id).executeTakeFirstOrThrow()
  return {
    user: await presentUser(db, user.id),
    permissions: permissionsOf(user),
    csrfToken: session.csrfToken,
    session: {
      id: session.id, method: s.auth_method, createdAt: s.created_at.toISOString(), expiresAt: s.expires_at.toISOString(),
      idleTimeoutSeconds: Math.round(cfg.idleTimeoutMs / 1000),
    },
  }
}
