import { Badge, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { User } from '../../api/people-types'

/** Disabled, locked, waiting for a first password change, single sign-on only: what an administrator must know. */
export function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation()
  const marks = [
    // Disabled stands out (filled): such an account cannot sign in at all.
    user.disabled && { key: 'disabled', color: 'dark', variant: 'filled' },
    user.lockedUntil && { key: 'locked', color: 'red' },
    user.mustChangePassword && { key: 'mustChange', color: 'yellow' },
    !user.hasPassword && { key: 'ssoOnly', color: 'blue' },
  ].filter(Boolean) as { key: string; color: string; variant?: 'filled' }[]
  if (!marks.length) return <Badge variant="light" color="teal" size="sm">{t('users.status.active')}</Badge>
  return (
    <Group gap={4} wrap="wrap">
      {marks.map((m) => <Badge key={m.key} variant={m.variant ?? 'light'} color={m.color} size="sm" data-status={m.key}>{t(`users.status.${m.key}`)}</Badge>)}
    </Group>
  )
}
