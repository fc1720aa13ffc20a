import { useQueryClient } from '@tanstack/react-query'
import { rememberCsrfToken } from '../../api/client'
import { ME_KEY } from '../../api/me-query'
import type { Me } from '../../api/people-types'
import { setSessionHint } from '../../api/session-hint'

// What one user may see is not what the next may: these answers depend on who asks.
const PER_USER_KEYS = new Set(['org-units', 'unit-page', 'users', 'roles', 'audit', 'audit-verify', 'responsibilities'])

/** Switches the app to a new user (after sign-in) or to nobody (after sign-out), dropping what the last one saw. */
export function useSessionChange() {
  const queryClient = useQueryClient()
  return (me: Me | null) => {
    setSessionHint(me !== null)
    rememberCsrfToken(me?.csrfToken ?? null)
    queryClient.removeQueries({ predicate: (q) => PER_USER_KEYS.has(String(q.queryKey[0])) })
    queryClient.setQueryData(ME_KEY, me)
  }
}
