import { ApiError } from '../../api/client'

export type UserField = 'username' | 'displayName' | 'email' | 'password'

export const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,59}$/
// Loose on purpose: the server checks the address properly; this only catches a slip before sending.
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const BY_PATH: Record<string, UserField> = { '/username': 'username', '/displayName': 'displayName', '/email': 'email', '/password': 'password' }
const BY_CONSTRAINT: Record<string, UserField> = { users_username_key: 'username', users_email_key: 'email' }

/** The form field a server error is about: a validation path, a weak password, or a taken username or e-mail. */
export function userFieldOf(err: unknown): UserField | undefined {
  if (!(err instanceof ApiError)) return undefined
  if (err.code === 'weak_password') return 'password'
  if (err.code === 'conflict') return BY_CONSTRAINT[(err.details as { constraint?: string } | undefined)?.constraint ?? '']
  const first = Array.isArray(err.details) ? (err.details as { field?: string }[])[0]?.field : undefined
  return first ? BY_PATH[first] : undefined
}
