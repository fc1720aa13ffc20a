import { Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { User } from '../../api/people-types'
import { useFormat } from '../../ui/format'
import { GrantBadges } from './grant-badges'
import { UserActionsMenu, type UserActionResult } from './user-actions-menu'
import { UserStatus } from './user-status'

type Props = { users: User[]; onGrant: (u: User) => void; onEdit: (u: User) => void; onResult: (r: UserActionResult) => void }

/** The users list on a phone: one card per account, its actions at hand instead of off to the side of a table. */
export function UserCards({ users, onGrant, onEdit, onResult }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <Stack gap="sm" data-testid="users-table">
      {users.map((u) => (
        <Paper key={u.id} withBorder p="sm" radius="md" data-username={u.username} data-disabled={u.disabled || undefined}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} c={u.disabled ? 'dimmed' : undefined}>{u.displayName}</Text>
                <Text size="xs" c="dimmed" ff="monospace">{u.username}</Text>
              </div>
              <UserActionsMenu user={u} onGrant={onGrant} onEdit={onEdit} onResult={onResult} />
            </Group>
            <GrantBadges user={u} canManage />
            <Group gap="xs" wrap="wrap">
              <UserStatus user={u} />
              <Text size="xs" c="dimmed">{t('users.field.lastSignIn')}: {u.lastSignInAt ? format.dateTime(u.lastSignInAt) : t('users.never')}</Text>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  )
}
