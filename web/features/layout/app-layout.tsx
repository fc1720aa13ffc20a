import { AppShell, Burger, Group, Text, UnstyledButton } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Link, Outlet } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PasswordChangeRedirect } from '../auth/password-change-redirect'
import { UserMenu } from '../auth/user-menu'
import { NotificationsCorner } from '../notifications/notifications-corner'
import { HeaderSearch } from './header-search'
import { LanguageSwitch } from './language-switch'
import { NavMenu } from './nav-menu'
import { usePlanCode } from './use-plan-code'

/** Header (menu, name, search, language) + collapsible navbar + the page. */
export function AppLayout() {
  const { t } = useTranslation()
  const [mobileOpen, mobile] = useDisclosure(false)
  const [desktopOpen, desktop] = useDisclosure(true)
  const plan = usePlanCode()
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !mobileOpen, desktop: !desktopOpen } }}
      padding="md"
    >
      <a className="skip-link" href="#main">{t('nav.skip')}</a>
      <AppShell.Header>
        <Group h="100%" px="sm" gap="sm" wrap="nowrap">
          <Burger opened={mobileOpen} onClick={mobile.toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} aria-expanded={mobileOpen} />
          <Burger opened={desktopOpen} onClick={desktop.toggle} visibleFrom="sm" size="sm" aria-label={t('nav.toggle')} aria-expanded={desktopOpen} />
          <UnstyledButton component={Link} to={plan ? `/plans/${plan}` : '/'} aria-label={t('app.homeLink')} style={{ flexShrink: 0 }}>
            <Text fw={700} fz="lg" lh={1.6} c="indigo.8">{t('app.name')}</Text>
          </UnstyledButton>
          <Text size="sm" c="dimmed" visibleFrom="md" lh={1.6} style={{ flexShrink: 1, minWidth: 0 }} truncate>{t('app.tagline')}</Text>
          <Group gap="sm" wrap="nowrap" ml="auto" style={{ flex: '1 1 auto', justifyContent: 'flex-end', minWidth: 0 }}>
            <HeaderSearch plan={plan} />
            {/* Never squeezed: the search box gives way instead. */}
            <div style={{ flexShrink: 0 }}><LanguageSwitch /></div>
            <NotificationsCorner />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow>
          <NavMenu plan={plan} onNavigate={mobile.close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <div style={{ maxWidth: 1200 }}>
          <PasswordChangeRedirect />
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  )
}
