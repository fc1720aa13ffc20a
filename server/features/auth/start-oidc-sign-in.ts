import * as oidc from 'openid-client'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { OidcConfig } from '../../platform/auth/auth-config.js'
import { oidcConfiguration } from './oidc-client.js'

export const OIDC_FLOW_TTL_MS = 10 * 60_000

/** Only a path on this site: never an absolute or protocol-relative URL (no open redirect). */
export function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?![/\\])[^\s]*$/.test(value) ? value : '/'
}

/**
 * Authorization-code flow with PKCE: the verifier and nonce stay in the database under the state, and the browser
 * gets the state in a cookie so only the browser that started the flow can finish it.
 */
export async function startOidcSignIn(db: Kysely<DB>, cfg: OidcConfig, returnTo: string | undefined): Promise<{ url: string; state: string }> {
  const config = await oidcConfiguration(cfg)
  const codeVerifier = oidc.randomPKCECodeVerifier()
  const state = oidc.randomState()
  const nonce = oidc.randomNonce()
  await db.deleteFrom('oidc_flows').where('created_at', '<', new Date(Date.now() - OIDC_FLOW_TTL_MS)).execute()
  await db.insertInto('oidc_flows').values({ state, code_verifier: codeVerifier, nonce, return_to: safeReturnTo(returnTo), created_at: new Date() }).execute()
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: cfg.redirectUrl, scope: 'openid email profile', state, nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier), code_challenge_method: 'S256',
  })
  return { url: url.href, state }
}
