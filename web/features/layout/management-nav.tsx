import { Divider, Stack } from '@mantine/core'
import { useLocation } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../api/me-query'
import { NavItemLink } from '../../ui/app-link'
import { canAnywhere, canSystemWide } from '../auth/permissions'

/** Org units, users and the audit log: only for a signed-in user whose roles reach them. */
export function ManagementNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const me = useMe().data
  if (!me) return null
  const entries = [
    (canAnywhere(me, 'unit-data:read') || canAnywhere(me, 'orgunits:manage')) && { key: 'orgUnits', to: '/org-units' as const },
    canAnywhere(me, 'users:manage') && { key: 'users', to: '/users' as const },
    canSystemWide(me, 'audit:read') && { key: 'audit', to: '/audit' as const },
  ].filter((e) => !!e)
  if (!entries.length) return null
  return (
    <Stack gap={2} data-testid="management-nav">
      <Divider my={6} label={t('people.nav.title')} labelPosition="left" />
      {entries.map((e) => (
        <NavItemLink key={e.key} to={e.to} label={t(`people.nav.${e.key}`)} active={pathname.startsWith(e.to)} aria-current={pathname.startsWith(e.to) ? 'page' : undefined} onClick={onNavigate} />
      ))}
    </Stack>
  )
}
