import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AuthConfig } from './auth-config.js'

export const SESSION_COOKIE = 'tidtam_session'
/** Before sign-in there is no session to bind a CSRF token to: the token is double-submitted against this cookie. */
export const PRE_SESSION_CSRF_COOKIE = 'tidtam_csrf'
export const OIDC_STATE_COOKIE = 'tidtam_oidc'

export function cookieIsSecure(req: FastifyRequest, cfg: Pick<AuthConfig, 'cookieSecure'>): boolean {
  return cfg.cookieSecure === 'auto' ? req.protocol === 'https' : cfg.cookieSecure
}

type Options = { path?: string; maxAgeSeconds?: number }

export function setCookie(req: FastifyRequest, reply: FastifyReply, cfg: Pick<AuthConfig, 'cookieSecure'>, name: string, value: string, opts: Options = {}) {
  reply.setCookie(name, value, {
    path: opts.path ?? '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieIsSecure(req, cfg),
    maxAge: opts.maxAgeSeconds,
  })
}

export function clearCookie(req: FastifyRequest, reply: FastifyReply, cfg: Pick<AuthConfig, 'cookieSecure'>, name: string, path = '/') {
  reply.clearCookie(name, { path, httpOnly: true, sameSite: 'lax', secure: cookieIsSecure(req, cfg) })
}
