import { Button, Group, Menu, Text } from '@mantine/core'
import '@mantine/core/styles/Menu.css'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { Me } from '../../api/people-types'
import { useBi } from '../../ui/bilingual'
import { UserIcon } from '../../ui/icons'
import { useSignOut } from './use-sign-out'

/** The signed-in user's menu: name, roles, change password, sign out. Loaded only once someone signs in. */
export function AccountMenu({ me }: { me: Me }) {
  const { t } = useTranslation()
  const bi = useBi()
  const signOut = useSignOut()
  const { user } = me
  return (
    <Menu position="bottom-end" width={280} withinPortal>
      <Menu.Target>
        {/* Just the icon on a phone, where the header has no room for a name. */}
        <Button size="xs" variant="light" px={8} style={{ flexShrink: 0 }} aria-label={t('auth.menuFor', { name: user.displayName })} data-testid="user-menu">
          <Group gap={6} wrap="nowrap" component="span">
            <UserIcon size={16} />
            <Text span inherit truncate maw={180} visibleFrom="sm">{user.displayName}</Text>
          </Group>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={700} c="dark">{user.displayName}</Text>
          <Text size="xs" c="dimmed">{user.username}</Text>
        </Menu.Label>
        {user.grants.length ? (
          <Menu.Label data-testid="user-roles">
            {user.grants.map((g) => (
              <Text key={g.id} size="xs">{bi(g.roleName)?.text}{g.unit ? ` · ${bi(g.unit.name)?.text ?? g.unit.code}` : ` · ${t('people.wholeSystem')}`}</Text>
            ))}
          </Menu.Label>
        ) : null}
        <Menu.Divider />
        {user.hasPassword ? <Menu.Item component={Link} to="/change-password">{t('auth.changePassword')}</Menu.Item> : null}
        <Menu.Item color="red" onClick={() => signOut.mutate()} data-testid="sign-out">{t('auth.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

