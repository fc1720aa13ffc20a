import { useState } from 'react'
import { Badge, Button, CloseButton, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Grant, User } from '../../api/people-types'
import { removeGrant } from '../../api/people-writes'
import { useBi } from '../../ui/bilingual'
import { FormError } from '../../ui/form-error'
import { useUserWrite } from './use-user-write'

/** A user's roles, each with the unit it covers; a manager can remove one with its × button, after confirming. */
export function GrantBadges({ user, canManage }: { user: User; canManage: boolean }) {
  const { t } = useTranslation()
  const bi = useBi()
  const [confirming, setConfirming] = useState<Grant | null>(null)
  const remove = useUserWrite((grantId: number) => removeGrant(user.id, grantId), () => setConfirming(null))
  if (!user.grants.length) return <Text size="sm" c="dimmed">{t('users.noRoles')}</Text>
  const roleOf = (g: Grant) => bi(g.roleName)?.text ?? g.role
  const unitOf = (g: Grant) => (g.unit ? `${bi(g.unit.name)?.text ?? g.unit.code} (${g.unit.code})` : t('people.wholeSystem'))
  return (
    <div>
      <Group gap={6} wrap="wrap">
        {user.grants.map((g) => {
          const text = `${roleOf(g)} · ${g.unit ? bi(g.unit.name)?.text ?? g.unit.code : t('people.wholeSystem')}`
          return (
            <Badge key={g.id} variant="light" data-testid="grant" data-role={g.role} data-unit={g.unit?.code ?? ''}
              rightSection={canManage ? <CloseButton size="xs" aria-label={t('users.grant.remove', { grant: text })} onClick={() => { remove.reset(); setConfirming(g) }} /> : null}
            >
              {text}
            </Badge>
          )
        })}
      </Group>
      {confirming ? (
        <Modal opened onClose={() => setConfirming(null)} title={t('users.grant.removeTitle')} data-testid="remove-grant">
          <Stack gap="sm">
            <Text size="sm">{t('users.grant.removeQuestion', { name: user.displayName, username: user.username, role: roleOf(confirming), unit: unitOf(confirming) })}</Text>
            <FormError error={remove.error} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(null)} data-autofocus>{t('people.cancel')}</Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(confirming.id)} data-testid="remove-grant-confirm">{t('users.grant.removeConfirm')}</Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </div>
  )
}
