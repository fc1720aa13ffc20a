import { useLocation } from '@tanstack/react-router'
import { useMe } from '../../api/me-query'
import { RedirectTo } from './redirect-to'

/** A user signed in with a one-time password must choose their own before anything else. */
export function PasswordChangeRedirect() {
  const me = useMe()
  const location = useLocation()
  if (!me.data?.user.mustChangePassword || location.pathname === '/change-password' || location.pathname === '/sign-in') return null
  return <RedirectTo href={`/change-password?returnTo=${encodeURIComponent(location.href)}`} />
}
