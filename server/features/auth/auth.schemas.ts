import { z } from 'zod'
import { PERMISSIONS } from '../../platform/auth/policy.js'
import { userView } from '../users/index.js'

export const signInBody = z.strictObject({ username: z.string().min(1).max(200), password: z.string().min(1).max(1024) })
export const changePasswordBody = z.strictObject({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) })
export const sessionIdParams = z.strictObject({ sessionId: z.coerce.number().int().positive() })
export const oidcStartQuery = z.strictObject({ returnTo: z.string().max(500).optional().describe('a path on this site to return to after sign-in') })

export const meView = z.object({
  user: userView,
  permissions: z.array(z.object({ permission: z.enum(PERMISSIONS), units: z.array(z.string().nullable()).describe('org-unit codes whose subtrees the permission covers; null: everything') })),
  csrfToken: z.string().describe('send as X-CSRF-Token on every POST, PATCH, PUT and DELETE'),
  session: z.object({ id: z.number(), method: z.string(), createdAt: z.string(), expiresAt: z.string(), idleTimeoutSeconds: z.number() }),
})
export const csrfView = z.object({ csrfToken: z.string() })
export const providersView = z.object({ password: z.boolean(), oidc: z.boolean() })
export const ok = z.object({ ok: z.literal(true) })
