import { lazy, Suspense } from 'react'
import { Group, Text } from '@mantine/core'
import { useLocation } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../api/me-query'
import { AppLink } from '../../ui/app-link'
import { UserIcon } from '../../ui/icons'

// The menu (and the popover code under it) is for signed-in users only; a plan reader never downloads it.
const AccountMenu = lazy(() => import('./account-menu').then((m) => ({ default: m.AccountMenu })))

/** The header's account corner: "Sign in" when anonymous, else the account menu. */
export function UserMenu() {
  const { t } = useTranslation()
  const me = useMe()
  const location = useLocation()
  if (me.isPending) return null
  if (!me.data) {
    const returnTo = location.pathname === '/sign-in' ? undefined : location.href
    return (
      <AppLink to="/sign-in" search={{ returnTo }} size="sm" fw={600} style={{ flexShrink: 0 }} aria-label={t('auth.signIn')} data-testid="sign-in-link">
        <Group gap={4} wrap="nowrap" component="span">
          <UserIcon />
          <Text span inherit visibleFrom="sm">{t('auth.signIn')}</Text>
        </Group>
      </AppLink>
    )
  }
  return (
    <Suspense fallback={null}>
      <AccountMenu me={me.data} />
    </Suspense>
  )
}
