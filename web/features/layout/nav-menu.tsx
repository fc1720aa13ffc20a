import { Stack } from '@mantine/core'
import { useLocation } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { NavItemLink } from '../../ui/app-link'
import { DashboardNavLink } from '../dashboard/dashboard-nav-link'
import { ManagementNav } from './management-nav'
import { ReportingNav } from '../reporting/reporting-nav'

const SECTIONS = [
  { key: 'home', path: '' },
  { key: 'framework', path: '/framework' },
  { key: 'indicators', path: '/indicators' },
  { key: 'projects', path: '/projects' },
  { key: 'legislation', path: '/legislation' },
  { key: 'statistics', path: '/statistics' },
  { key: 'findings', path: '/findings' },
  { key: 'source', path: '/source' },
] as const

/** The sections of a plan; closes the mobile menu after a choice. */
export function NavMenu({ plan, onNavigate }: { plan: string | undefined; onNavigate: () => void }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const base = plan ? `/plans/${plan}` : ''
  const activeKey = !plan ? 'search' : (SECTIONS.slice(1).find((s) => pathname.startsWith(base + s.path))?.key
    ?? (pathname.includes('/nodes/') || pathname.includes('/targets/') ? 'framework' : pathname === base ? 'home' : undefined))
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={2}>
        {plan ? <DashboardNavLink plan={plan} onNavigate={onNavigate} /> : null}
        {plan ? SECTIONS.map((s) => (
          <NavItemLink
            key={s.key}
            to={`/plans/$code${s.path}` as '/plans/$code'}
            params={{ code: plan }}
            activeOptions={{ exact: true, includeSearch: false }}
            label={t(`nav.${s.key}`)}
            active={activeKey === s.key}
            aria-current={activeKey === s.key ? 'page' : undefined}
            onClick={onNavigate}
          />
        )) : null}
        <NavItemLink to="/search" search={{ plan }} activeOptions={{ exact: true, includeSearch: false }} label={t('nav.search')} active={pathname === '/search'} onClick={onNavigate} />
        <ReportingNav onNavigate={onNavigate} />
        <ManagementNav onNavigate={onNavigate} />
      </Stack>
    </nav>
  )
}
