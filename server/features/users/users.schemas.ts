import { z } from 'zod'
import { ROLES } from '../../platform/auth/policy.js'

export const bilingual = z.object({ lo: z.string().nullable(), en: z.string().nullable() })
const unitCode = z.string().min(1).max(60)

export const grantView = z.object({
  id: z.number(),
  role: z.enum(ROLES),
  roleName: bilingual,
  unit: z.object({ code: z.string(), name: bilingual }).nullable().describe('null: the whole system'),
})

export const userView = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  oidcSubject: z.string().nullable(),
  hasPassword: z.boolean(),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
  grants: z.array(grantView),
})
export type UserView = z.infer<typeof userView>

export const grantInput = z.strictObject({
  role: z.enum(ROLES),
  unit: unitCode.nullable().describe('org-unit code whose subtree the grant covers; null: the whole system'),
})

export const username = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._@-]{1,59}$/, 'letters a–z, digits, ".", "_", "-", "@"; 2–60 characters')
const email = z.string().trim().toLowerCase().email().max(200)
const password = z.string().min(1).max(1024)

export const createUserBody = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(200),
  email: email.nullable().optional(),
  oidcSubject: z.string().trim().min(1).max(255).nullable().optional(),
  password: password.optional().describe('one-time password the user must change at first sign-in; omitted: one is generated and returned once'),
  ssoOnly: z.boolean().optional().describe('no password at all: the user signs in through single sign-on only'),
  grants: z.array(grantInput).max(50).default([]),
})
export type CreateUserInput = z.infer<typeof createUserBody>

export const updateUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  email: email.nullable().optional(),
  oidcSubject: z.string().trim().min(1).max(255).nullable().optional(),
  disabled: z.boolean().optional(),
})
export type UpdateUserInput = z.infer<typeof updateUserBody>

export const resetPasswordBody = z.strictObject({ password: password.optional() })

export const userIdParams = z.strictObject({ userId: z.coerce.number().int().positive() })
export const grantParams = userIdParams.extend({ grantId: z.coerce.number().int().positive() })

export const USER_SORTS = ['username', 'displayName', 'createdAt', 'lastSignInAt'] as const
export const listUsersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  unit: unitCode.optional().describe('users holding a grant on this unit'),
  disabled: z.enum(['true', 'false']).optional(),
  sort: z.enum(USER_SORTS).default('username'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})
export type ListUsersQuery = z.infer<typeof listUsersQuery>

export const userPage = z.object({ items: z.array(userView), total: z.number(), page: z.number(), pageSize: z.number() })
export const oneTimePassword = z.object({ user: userView, oneTimePassword: z.string().nullable().describe('shown once; null when the administrator chose it') })

export const sessionView = z.object({
  id: z.number(),
  method: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
})
export const revokeSessionsBody = z.strictObject({ sessionId: z.number().int().positive().optional().describe('omitted: every session of the user') })
