import { useMutation } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { ApiError } from '../../api/client'
import { signOut } from '../../api/people-writes'
import { useSessionChange } from './use-session-change'

/** Ends the session on the server (an already ended one is fine), forgets the user here, and goes home. */
export function useSignOut() {
  const change = useSessionChange()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: async () => {
      try {
        await signOut()
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 401)) throw err
      }
    },
    onSuccess: () => {
      change(null)
      void navigate({ to: '/' })
    },
  })
}
