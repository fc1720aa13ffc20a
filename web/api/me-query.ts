import { useEffect } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiError, getJson, rememberCsrfToken, setSignedOutHandler } from './client'
import type { Me } from './people-types'
import { hasSessionHint, setSessionHint } from './session-hint'

export const ME_KEY = ['me'] as const

async function fetchMe(signal: AbortSignal): Promise<Me | null> {
  if (!hasSessionHint()) return null
  try {
    const me = await getJson<Me>('/v1/me', {}, signal)
    rememberCsrfToken(me.csrfToken)
    return me
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setSessionHint(false)
      rememberCsrfToken(null)
      return null
    }
    throw err
  }
}

/** The signed-in user with their permissions, or null when anonymous. Forgets the user as soon as any call gets a 401. */
export function useMe() {
  const queryClient = useQueryClient()
  useEffect(() => {
    setSignedOutHandler(() => {
      setSessionHint(false)
      rememberCsrfToken(null)
      if (queryClient.getQueryData(ME_KEY)) queryClient.setQueryData(ME_KEY, null)
    })
  }, [queryClient])
  return useQuery({ queryKey: ME_KEY, queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000, retry: false })
}
