import { Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { User } from '../../api/people-types'
import { useFormat } from '../../ui/format'
import { GrantBadges } from './grant-badges'
import { UserActionsMenu, type UserActionResult } from './user-actions-menu'
import { UserStatus } from './user-status'

type Props = { users: User[]; onGrant: (u: User) => void; onEdit: (u: User) => void; onResult: (r: UserActionResult) => void }

/** Accounts with their roles and state; scrolls sideways inside itself on a phone. */
export function UsersTable({ users, onGrant, onEdit, onResult }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.field.user')}</Table.Th>
            <Table.Th>{t('users.field.roles')}</Table.Th>
            <Table.Th>{t('users.field.status')}</Table.Th>
            <Table.Th>{t('users.field.lastSignIn')}</Table.Th>
            <Table.Th><VisuallyHidden>{t('users.field.actions')}</VisuallyHidden></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id} data-username={u.username} data-disabled={u.disabled || undefined}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600} c={u.disabled ? 'dimmed' : undefined}>{u.displayName}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">{u.username}</Text>
                </Stack>
              </Table.Td>
              <Table.Td><GrantBadges user={u} canManage /></Table.Td>
              <Table.Td><UserStatus user={u} /></Table.Td>
              <Table.Td><Text size="sm">{u.lastSignInAt ? format.dateTime(u.lastSignInAt) : t('users.never')}</Text></Table.Td>
              <Table.Td><UserActionsMenu user={u} onGrant={onGrant} onEdit={onEdit} onResult={onResult} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
