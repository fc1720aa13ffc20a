import { z } from 'zod'

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; redirectUrl: string }

export type AuthConfig = {
  idleTimeoutMs: number
  absoluteTimeoutMs: number
  /** 'auto': Secure cookies when the request came over HTTPS (directly or via a trusted proxy). */
  cookieSecure: boolean | 'auto'
  signInRateLimit: { max: number; windowMs: number }
  lockout: { maxFailures: number; windowMs: number; durationMs: number }
  oidc: OidcConfig | null
}

const MINUTE = 60_000

export const defaultAuthConfig: AuthConfig = {
  idleTimeoutMs: 30 * MINUTE,
  absoluteTimeoutMs: 12 * 60 * MINUTE,
  cookieSecure: 'auto',
  signInRateLimit: { max: 10, windowMs: MINUTE },
  lockout: { maxFailures: 5, windowMs: 15 * MINUTE, durationMs: 15 * MINUTE },
  oidc: null,
}

const positive = z.coerce.number().positive()

export const authEnvShape = {
  TIDTAM_SESSION_IDLE_MINUTES: positive.default(30),
  TIDTAM_SESSION_ABSOLUTE_HOURS: positive.default(12),
  TIDTAM_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TIDTAM_SIGNIN_RATE_MAX: z.coerce.number().int().positive().default(10),
  TIDTAM_SIGNIN_RATE_WINDOW_SECONDS: positive.default(60),
  TIDTAM_LOCKOUT_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  TIDTAM_LOCKOUT_WINDOW_MINUTES: positive.default(15),
  TIDTAM_LOCKOUT_MINUTES: positive.default(15),
  TIDTAM_OIDC_ISSUER: z.string().url().optional(),
  TIDTAM_OIDC_CLIENT_ID: z.string().min(1).optional(),
  TIDTAM_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  TIDTAM_OIDC_REDIRECT_URL: z.string().url().optional(),
}
const authEnvSchema = z.object(authEnvShape)

/** OIDC is all or nothing: a half-configured provider is a mistake, not an option. */
export function oidcEnvComplete(e: z.infer<typeof authEnvSchema>): boolean {
  const set = [e.TIDTAM_OIDC_ISSUER, e.TIDTAM_OIDC_CLIENT_ID, e.TIDTAM_OIDC_CLIENT_SECRET, e.TIDTAM_OIDC_REDIRECT_URL].filter(Boolean).length
  return set === 0 || set === 4
}

export function authConfigFromEnv(e: z.infer<typeof authEnvSchema>): AuthConfig {
  return {
    idleTimeoutMs: e.TIDTAM_SESSION_IDLE_MINUTES * MINUTE,
    absoluteTimeoutMs: e.TIDTAM_SESSION_ABSOLUTE_HOURS * 60 * MINUTE,
    cookieSecure: e.TIDTAM_COOKIE_SECURE === 'auto' ? 'auto' : e.TIDTAM_COOKIE_SECURE === 'true',
    signInRateLimit: { max: e.TIDTAM_SIGNIN_RATE_MAX, windowMs: e.TIDTAM_SIGNIN_RATE_WINDOW_SECONDS * 1000 },
    lockout: { maxFailures: e.TIDTAM_LOCKOUT_MAX_FAILURES, windowMs: e.TIDTAM_LOCKOUT_WINDOW_MINUTES * MINUTE, durationMs: e.TIDTAM_LOCKOUT_MINUTES * MINUTE },
    oidc: e.TIDTAM_OIDC_ISSUER
      ? { issuer: e.TIDTAM_OIDC_ISSUER, clientId: e.TIDTAM_OIDC_CLIENT_ID!, clientSecret: e.TIDTAM_OIDC_CLIENT_SECRET!, redirectUrl: e.TIDTAM_OIDC_REDIRECT_URL! }
      : null,
  }
}
