import * as oidc from 'openid-client'
import type { OidcConfig } from '../../platform/auth/auth-config.js'

const cache = new Map<string, Promise<oidc.Configuration>>()

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
}

/**
 * The provider's metadata, discovered once per issuer. Plain HTTP is accepted only for a provider on this machine
 * (development and the test suite); a failed discovery is retried on the next sign-in.
 */
export function oidcConfiguration(cfg: OidcConfig): Promise<oidc.Configuration> {
  const key = `${cfg.issuer}|${cfg.clientId}`
  let found = cache.get(key)
  if (!found) {
    const issuer = new URL(cfg.issuer)
    found = oidc.discovery(issuer, cfg.clientId, cfg.clientSecret, undefined, isLoopback(issuer) && issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined)
    found.catch(() => cache.delete(key))
    cache.set(key, found)
  }
  return found
}
