import * as oidc from 'openid-client'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { OidcConfig, AuthConfig } from '../../platform/auth/auth-config.js'
import type { NewSession } from '../../platform/auth/sessions.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { oidcConfiguration } from './oidc-client.js'
import { OIDC_FLOW_TTL_MS } from './start-oidc-sign-in.js'
import { oidcFlowInvalid, oidcUnknownUser } from './auth-errors.js'
import { openSession, type SignInMeta } from './open-session.js'

type Identity = { sub: string; email: string | null; emailVerified: boolean }

async function exchange(cfg: OidcConfig, query: string, flow: { state: string; code_verifier: string; nonce: string }): Promise<Identity> {
  const config = await oidcConfiguration(cfg)
  const currentUrl = new URL(cfg.redirectUrl)
  currentUrl.search = query
  const tokens = await oidc.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: flow.code_verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true })
  const claims = tokens.claims()!
  let email = typeof claims.email === 'string' ? claims.email : undefined
  let verified = claims.email_verified === true
  if (!email) {
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
    email = typeof info.email === 'string' ? info.email : undefined
    verified = info.email_verified === true
  }
  return { sub: claims.sub, email: email?.toLowerCase() ?? null, emailVerified: verified }
}

/**
 * Matches the identity to an account by its stored OIDC subject, or else by a verified e-mail of an account not yet
 * linked to another subject (and links it). Nobody is created here: an unknown identity is refused.
 */
async function matchUser(db: Kysely<DB>, id: Identity) {
  const cols = ['id', 'username', 'oidc_subject', 'disabled_at'] as const
  const bySubject = await db.selectFrom('users').select(cols).where('oidc_subject', '=', id.sub).executeTakeFirst()
  if (bySubject) return bySubject
  if (!id.email || !id.emailVerified) return undefined
  return db.selectFrom('users').select(cols).where('email', '=', id.email).where('oidc_subject', 'is', null).executeTakeFirst()
}

export async function finishOidcSignIn(
  db: Kysely<DB>, cfg: AuthConfig, query: string, cookieState: string | undefined, meta: SignInMeta,
): Promise<{ session: NewSession; returnTo: string }> {
  const state = new URLSearchParams(query).get('state')
  if (!cfg.oidc || !state || state !== cookieState) throw oidcFlowInvalid()
  const flow = await db.deleteFrom('oidc_flows').where('state', '=', state).returningAll().executeTakeFirst()
  if (!flow || flow.created_at.getTime() < Date.now() - OIDC_FLOW_TTL_MS) throw oidcFlowInvalid()
  let identity: Identity
  try {
    identity = await exchange(cfg.oidc, query, flow)
  } catch {
    throw oidcFlowInvalid()
  }
  const user = await matchUser(db, identity)
  if (!user || user.disabled_at) {
    await db.transaction().execute((trx) => recordAudit(trx, {
      action: 'auth.oidc_refused', entityType: 'user', entityId: user?.id ?? null, entityCode: identity.email ?? identity.sub,
      after: { sub: identity.sub, email: identity.email, reason: user ? 'disabled' : 'unknown' }, actor: { userId: null, username: `oidc:${identity.sub}` }, ip: meta.ip, userAgent: meta.userAgent,
    }))
    throw oidcUnknownUser()
  }
  if (!user.oidc_subject) {
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ oidc_subject: identity.sub, updated_at: new Date() }).where('id', '=', user.id).execute()
      await recordAudit(trx, { action: 'user.oidc_link', entityType: 'user', entityId: user.id, entityCode: user.username, before: { oidcSubject: null }, after: { oidcSubject: identity.sub, matchedBy: 'email' }, actor: { userId: user.id, username: user.username }, ip: meta.ip, userAgent: meta.userAgent })
    })
  }
  const session = await openSession(db, cfg, user, 'oidc', meta)
  return { session, returnTo: flow.return_to ?? '/' }
}
