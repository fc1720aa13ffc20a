import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { AuthConfig } from './auth-config.js'
import { SESSION_COOKIE } from './cookies.js'
import { findActiveSession, touchSession, type ActiveSession } from './sessions.js'
import { loadPrincipal, type AuthUser } from './load-principal.js'

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null
    session: ActiveSession | null
    /** A session cookie came with the request but its session has ended (signed out, revoked, timed out). */
    sessionEnded: boolean
  }
}

/** Reads the session cookie of every API request and attaches the signed-in user (or null). */
export function authenticateRequests(app: FastifyInstance, db: Kysely<DB>, cfg: AuthConfig): void {
  app.decorateRequest('user', null)
  app.decorateRequest('session', null)
  app.decorateRequest('sessionEnded', false)
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return
    await authenticateRequest(req, db, cfg)
  })
}

/** The session cookie → req.user and req.session; also for a page the server renders for its reader. */
export async function authenticateRequest(req: FastifyRequest, db: Kysely<DB>, cfg: AuthConfig): Promise<void> {
  const token = req.cookies[SESSION_COOKIE]
  if (!token) return
  const found = await findActiveSession(db, token, cfg)
  if (!found || 'problem' in found) {
    req.sessionEnded = true
    return
  }
  const user = await loadPrincipal(db, found.session.userId)
  if (!user) {
    req.sessionEnded = true
    return
  }
  await touchSession(db, found.session, cfg)
  req.user = user
  req.session = found.session
}
