import { useRef, useState } from 'react'
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { User } from '../../api/people-types'
import { addGrant } from '../../api/people-writes'
import { FormError, focusFirstError } from '../../ui/form-error'
import { RoleUnitFields, type RoleUnit } from './role-unit-fields'
import { useUserWrite } from './use-user-write'

/** One more role for a user, over a unit's subtree or the whole system. */
export function GrantRoleModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation()
  const phone = useMediaQuery('(max-width: 36em)')
  const formRef = useRef<HTMLFormElement>(null)
  const [grant, setGrant] = useState<RoleUnit>({ role: 'reporter', unit: null })
  const write = useUserWrite(() => addGrant(user.id, grant.role, grant.unit), onClose)
  return (
    <Modal opened onClose={onClose} title={t('users.grant.title')} size="lg" fullScreen={phone} data-testid="grant-form">
      <form ref={formRef} onSubmit={(e) => { e.preventDefault(); write.mutate(undefined, { onError: () => focusFirstError(formRef.current) }) }} noValidate>
        <Stack gap="sm">
          <Text size="sm">{user.displayName} ({user.username})</Text>
          <FormError error={write.error} />
          <RoleUnitFields value={grant} onChange={setGrant} autoFocus />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>{t('people.cancel')}</Button>
            <Button type="submit" loading={write.isPending} data-testid="grant-submit">{t('users.grant.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
