import { lazy, Suspense } from 'react'
import { useMe } from '../../api/me-query'
import { loadReportingTexts } from '../reporting/reporting-texts'

// The bell and its list are for signed-in users only: a plan reader never downloads them.
const NotificationBell = lazy(() => Promise.all([import('./notification-bell'), loadReportingTexts()]).then(([m]) => ({ default: m.NotificationBell })))

/** The header's notifications corner: nothing for anonymous readers. */
export function NotificationsCorner() {
  const me = useMe()
  if (!me.data) return null
  return (
    <Suspense fallback={null}>
      <NotificationBell />
    </Suspense>
  )
}
