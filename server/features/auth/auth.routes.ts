import crypto from 'node:crypto'
import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { App } from '../../platform/http/create-app.js'
import { actorOf, requestMeta } from '../../platform/auth/request-actor.js'
import { loadPrincipal } from '../../platform/auth/load-principal.js'
import { clearCookie, OIDC_STATE_COOKIE, PRE_SESSION_CSRF_COOKIE, SESSION_COOKIE, setCookie } from '../../platform/auth/cookies.js'
import type { NewSession } from '../../platform/auth/sessions.js'
import { listSessions, revokeSessions, sessionView } from '../users/index.js'
import { changePasswordBody, csrfView, meView, ok, oidcStartQuery, providersView, sessionIdParams, signInBody } from './auth.schemas.js'
import { signIn } from './sign-in.js'
import { signOut } from './sign-out.js'
import { changePassword } from './change-password.js'
import { getMe } from './get-me.js'
import { startOidcSignIn, OIDC_FLOW_TTL_MS } from './start-oidc-sign-in.js'
import { finishOidcSignIn } from './finish-oidc-sign-in.js'
import { oidcNotConfigured } from './auth-errors.js'

const OIDC_COOKIE_PATH = '/api/v1/auth/oidc'
const tags = ['auth']

export async function authRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const db = () => app.deps.db
  const cfg = app.deps.auth
  const limited = { max: cfg.signInRateLimit.max, timeWindow: cfg.signInRateLimit.windowMs }
  const meta = (req: FastifyRequest) => ({ ...requestMeta(req), previousSessionId: req.session?.id ?? null })

  async function startSession(req: FastifyRequest, reply: FastifyReply, session: NewSession) {
    const userId = session.userId
    setCookie(req, reply, cfg, SESSION_COOKIE, session.token, { maxAgeSeconds: Math.floor(cfg.absoluteTimeoutMs / 1000) })
    clearCookie(req, reply, cfg, PRE_SESSION_CSRF_COOKIE)
    const user = (await loadPrincipal(db(), userId))!
    return getMe(db(), cfg, user, { id: session.id, userId, csrfToken: session.csrfToken, lastSeenAt: new Date() })
  }

  r.get('/api/v1/auth/providers', { config: { access: 'public' }, schema: { tags, response: { 200: providersView }, summary: 'Which ways of signing in this server offers' } },
    () => ({ password: true, oidc: cfg.oidc !== null }))
  r.get('/api/v1/auth/csrf', { config: { access: 'public' }, schema: { tags, response: { 200: csrfView }, summary: 'The CSRF token to send as X-CSRF-Token (before sign-in: bound to a cookie set here)' } },
    (req, reply) => {
      if (req.session) return { csrfToken: req.session.csrfToken }
      const token = crypto.randomBytes(32).toString('base64url')
      setCookie(req, reply, cfg, PRE_SESSION_CSRF_COOKIE, token)
      return { csrfToken: token }
    })
  r.post('/api/v1/auth/sign-in', { config: { access: 'public', rateLimit: limited }, schema: { tags, body: signInBody, response: { 200: meView }, summary: 'Sign in with username and password (rate-limited; accounts lock after repeated failures)' } },
    async (req, reply) => {
      const session = await signIn(db(), cfg, req.body, meta(req))
      return startSession(req, reply, session)
    })
  r.post('/api/v1/auth/sign-out', { config: { access: 'authenticated' }, schema: { tags, response: { 200: ok } } },
    async (req, reply) => {
      await signOut(db(), actorOf(req), req.session!.id)
      clearCookie(req, reply, cfg, SESSION_COOKIE)
      return { ok: true as const }
    })
  r.post('/api/v1/auth/password', { config: { access: 'authenticated', rateLimit: limited }, schema: { tags, body: changePasswordBody, response: { 200: ok }, summary: 'Change your own password (ends your other sessions)' } },
    async (req) => {
      await changePassword(db(), actorOf(req), req.session!.id, req.body)
      return { ok: true as const }
    })
  r.get('/api/v1/me', { config: { access: 'authenticated' }, schema: { tags, response: { 200: meView }, summary: 'The signed-in user, their permissions and the CSRF token' } },
    (req) => getMe(db(), cfg, req.user!, req.session!))
  r.get('/api/v1/me/sessions', { config: { access: 'authenticated' }, schema: { tags, response: { 200: z.array(sessionView) } } },
    (req) => listSessions(db(), req.user!.id, req.session!.id))
  r.delete('/api/v1/me/sessions/:sessionId', { config: { access: 'authenticated' }, schema: { tags, params: sessionIdParams, response: { 200: z.object({ ended: z.number() }) }, summary: 'End one of your sessions' } },
    (req) => revokeSessions(db(), actorOf(req), req.user!.id, req.params.sessionId))

  r.get('/api/v1/auth/oidc/start', { config: { access: 'public' }, schema: { tags, querystring: oidcStartQuery, summary: 'Begin single sign-on: redirects to the identity provider' } },
    async (req, reply) => {
      if (!cfg.oidc) throw oidcNotConfigured()
      const flow = await startOidcSignIn(db(), cfg.oidc, req.query.returnTo)
      setCookie(req, reply, cfg, OIDC_STATE_COOKIE, flow.state, { path: OIDC_COOKIE_PATH, maxAgeSeconds: OIDC_FLOW_TTL_MS / 1000 })
      return reply.redirect(flow.url, 303)
    })
  r.get('/api/v1/auth/oidc/callback', { config: { access: 'public' }, schema: { tags, summary: 'Where the identity provider sends the browser back; starts a session and redirects' } },
    async (req, reply) => {
      if (!cfg.oidc) throw oidcNotConfigured()
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''
      const cookieState = req.cookies[OIDC_STATE_COOKIE]
      clearCookie(req, reply, cfg, OIDC_STATE_COOKIE, OIDC_COOKIE_PATH)
      const { session, returnTo } = await finishOidcSignIn(db(), cfg, query, cookieState, meta(req))
      setCookie(req, reply, cfg, SESSION_COOKIE, session.token, { maxAgeSeconds: Math.floor(cfg.absoluteTimeoutMs / 1000) })
      return reply.redirect(returnTo, 303)
    })
}
