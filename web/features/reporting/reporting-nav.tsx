import { useLocation } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../api/me-query'
import { NavItemLink } from '../../ui/app-link'
import { canReadReports } from './reporting-permissions'
import { useReportingTexts } from './reporting-texts'

/** "Reports" in the menu, for signed-in users who read their units' reports. */
export function ReportingNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const me = useMe().data
  const allowed = canReadReports(me)
  const ready = useReportingTexts(allowed)
  if (!allowed || !ready) return null
  const active = pathname === '/reports' || pathname.includes('/reports/')
  return <NavItemLink to="/reports" label={t('reporting.nav')} active={active} aria-current={active ? 'page' : undefined} onClick={onNavigate} data-testid="nav-reports" />
}
