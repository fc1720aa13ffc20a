import '../features/people/people-styles'
import { useEffect, useState } from 'react'
import { Alert, Button, Group, Pagination, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { USERS_PAGE_SIZE, useUsers } from '../api/people-queries'
import type { OneTimePassword, User } from '../api/people-types'
import { canAnywhere } from '../features/auth/permissions'
import { RequireSignIn } from '../features/auth/require-sign-in'
import { CreateUserModal } from '../features/users/create-user-modal'
import { EditUserModal } from '../features/users/edit-user-modal'
import { GrantRoleModal } from '../features/users/grant-role-modal'
import { OneTimePasswordModal } from '../features/users/one-time-password-modal'
import type { UserActionResult } from '../features/users/user-actions-menu'
import { UserCards } from '../features/users/user-cards'
import { UsersTable } from '../features/users/users-table'
import { FormError } from '../ui/form-error'
import { SearchIcon } from '../ui/icons'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'

const route = getRouteApi('/users')

/** User accounts: create, edit or disable, roles per unit, one-time passwords, unlock, end sessions. */
export function UsersPage() {
  return <RequireSignIn allowed={(me) => canAnywhere(me, 'users:manage')}>{() => <UsersAdmin />}</RequireSignIn>
}

function UsersAdmin() {
  const { t } = useTranslation()
  const { q, page } = route.useSearch()
  const navigate = route.useNavigate()
  const [text, setText] = useState(q ?? '')
  const [debounced] = useDebouncedValue(text, 300)
  const users = useUsers({ q, page })
  const phone = useMediaQuery('(max-width: 48em)')
  const [creating, setCreating] = useState(false)
  const [granting, setGranting] = useState<User | null>(null)
  const [editing, setEditing] = useState<User | null>(null)
  const [otp, setOtp] = useState<OneTimePassword | null>(null)
  const [outcome, setOutcome] = useState<{ notice: string } | { error: unknown } | null>(null)
  useEffect(() => {
    if ((debounced.trim() || undefined) !== q) void navigate({ search: { q: debounced.trim() || undefined }, replace: true })
  }, [debounced])
  const onResult = (r: UserActionResult) => {
    if ('otp' in r) setOtp(r.otp)
    else setOutcome(r)
  }
  const onSaved = (before: User, after: User) => {
    setEditing(null)
    const done = after.disabled === before.disabled ? 'saved' : after.disabled ? 'disabled' : 'enabled'
    setOutcome({ notice: t(`users.done.${done}`, { username: after.username }) })
  }
  return (
    <Stack gap="md">
      <PageTitle title={t('users.title')} subtitle={t('users.subtitle')} docTitle={t('users.title')}
        extra={<Button onClick={() => setCreating(true)} data-testid="open-create-user">{t('users.create')}</Button>} />
      <TextInput type="search" label={t('users.search')} leftSection={<SearchIcon />} value={text} onChange={(e) => setText(e.currentTarget.value)} maw={{ base: '100%', sm: 360 }} data-testid="user-search" />
      {outcome && 'notice' in outcome ? <Alert color="green" role="status" withCloseButton onClose={() => setOutcome(null)} data-testid="user-notice">{outcome.notice}</Alert> : null}
      {outcome && 'error' in outcome ? <FormError error={outcome.error} /> : null}
      <QueryState query={users}>
        {(list) => (
          <Stack gap="sm" style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }} aria-busy={users.isFetching}>
            <Text size="sm" c="dimmed" aria-live="polite">{t('users.count', { count: list.total })}</Text>
            {!list.items.length ? <Alert color="gray">{t('users.none')}</Alert>
              : phone ? <UserCards users={list.items} onGrant={setGranting} onEdit={setEditing} onResult={onResult} />
                : <UsersTable users={list.items} onGrant={setGranting} onEdit={setEditing} onResult={onResult} />}
            {list.total > USERS_PAGE_SIZE ? (
              <Group justify="center">
                <Pagination total={Math.ceil(list.total / USERS_PAGE_SIZE)} value={list.page} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} getControlProps={(c) => ({ 'aria-label': t(`people.page.${c}`) })} />
              </Group>
            ) : null}
          </Stack>
        )}
      </QueryState>
      {creating ? <CreateUserModal onClose={() => setCreating(false)} onCreated={(r) => { setCreating(false); setOtp(r) }} /> : null}
      {editing ? <EditUserModal user={editing} onClose={() => setEditing(null)} onSaved={(u) => onSaved(editing, u)} /> : null}
      {granting ? <GrantRoleModal user={granting} onClose={() => setGranting(null)} /> : null}
      {otp ? <OneTimePasswordModal result={otp} onClose={() => setOtp(null)} /> : null}
    </Stack>
  )
}
