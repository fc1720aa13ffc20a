import { ActionIcon, Menu } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OneTimePassword, User } from '../../api/people-types'
import { resetPassword, revokeSessions, unlockUser, updateUser } from '../../api/people-writes'
import { DotsIcon } from '../../ui/icons'
import { useUserWrite } from './use-user-write'

export type UserActionResult = { otp: OneTimePassword } | { notice: string } | { error: unknown }

type Props = { user: User; onGrant: (u: User) => void; onEdit: (u: User) => void; onResult: (r: UserActionResult) => void }

/** Edit or re-enable, grant a role, set a one-time password, lift a lockout, end every session of one user. */
export function UserActionsMenu({ user, onGrant, onEdit, onResult }: Props) {
  const { t } = useTranslation()
  const fail = (error: unknown) => onResult({ error })
  const reset = useUserWrite(() => resetPassword(user.id), (otp) => onResult({ otp }))
  const unlock = useUserWrite(() => unlockUser(user.id), () => onResult({ notice: t('users.done.unlocked', { username: user.username }) }))
  const enable = useUserWrite(() => updateUser(user.id, { disabled: false }), () => onResult({ notice: t('users.done.enabled', { username: user.username }) }))
  const revoke = useUserWrite(() => revokeSessions(user.id), (r) => onResult({ notice: t('users.done.sessionsEnded', { username: user.username, count: r.ended }) }))
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { username: user.username })} data-testid="user-actions" loading={reset.isPending || unlock.isPending || revoke.isPending || enable.isPending}>
          <DotsIcon />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onEdit(user)} data-action="edit">{t('users.action.edit')}</Menu.Item>
        {user.disabled ? <Menu.Item onClick={() => enable.mutate(undefined, { onError: fail })} data-action="enable">{t('users.action.enable')}</Menu.Item> : null}
        <Menu.Item onClick={() => onGrant(user)} data-action="grant">{t('users.action.grant')}</Menu.Item>
        {user.hasPassword || !user.oidcSubject ? <Menu.Item onClick={() => reset.mutate(undefined, { onError: fail })} data-action="reset">{t('users.action.resetPassword')}</Menu.Item> : null}
        {user.lockedUntil ? <Menu.Item onClick={() => unlock.mutate(undefined, { onError: fail })} data-action="unlock">{t('users.action.unlock')}</Menu.Item> : null}
        <Menu.Item color="red" onClick={() => revoke.mutate(undefined, { onError: fail })} data-action="revoke">{t('users.action.revokeSessions')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
