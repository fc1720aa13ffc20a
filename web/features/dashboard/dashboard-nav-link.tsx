import { useLocation } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../api/me-query'
import { NavItemLink } from '../../ui/app-link'
import { canAnywhere } from '../auth/permissions'

/** "ແຜງຄວບຄຸມ" in the menu, for signed-in users whose roles read unit data (the API refuses everyone else). */
export function DashboardNavLink({ plan, onNavigate }: { plan: string; onNavigate: () => void }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const me = useMe().data
  if (!me || !canAnywhere(me, 'unit-data:read')) return null
  const active = pathname === `/plans/${plan}/dashboard`
  return (
    <NavItemLink
      to="/plans/$code/dashboard"
      params={{ code: plan }}
      activeOptions={{ exact: true, includeSearch: false }}
      label={t('dashboard.nav')}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      data-testid="nav-dashboard"
    />
  )
}
