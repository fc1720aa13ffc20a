import { useRef, useState } from 'react'
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { User } from '../../api/people-types'
import { addGrant } from '../../api/people-writes'
import { FormError, focusFirstError } from '../../ui/form-error'
import { NEW_GRANT, grantInput, grantProblem, type GrantChoice, type GrantProblem } from './grant-choice'
import { RoleUnitFields } from './role-unit-fields'
import { useUserWrite } from './use-user-write'

/** One more role for a user, over a unit's subtree or, chosen on purpose, the whole system. */
export function GrantRoleModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation()
  const phone = useMediaQuery('(max-width: 36em)')
  const formRef = useRef<HTMLFormElement>(null)
  const [grant, setGrant] = useState<GrantChoice>(NEW_GRANT)
  const [problem, setProblem] = useState<GrantProblem | null>(null)
  const write = useUserWrite(() => {
    const input = grantInput(grant)!
    return addGrant(user.id, input.role, input.unit)
  }, onClose)
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const missing = grantProblem(grant)
    setProblem(missing)
    if (missing) return focusFirstError(formRef.current)
    write.mutate(undefined, { onError: () => focusFirstError(formRef.current) })
  }
  return (
    <Modal opened onClose={onClose} title={t('users.grant.title')} size="lg" fullScreen={phone} data-testid="grant-form">
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{user.displayName} ({user.username})</Text>
          <FormError error={write.error} />
          <RoleUnitFields value={grant} onChange={(g) => { setGrant(g); if (problem) setProblem(grantProblem(g)) }} problem={problem} autoFocus />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>{t('people.cancel')}</Button>
            <Button type="submit" loading={write.isPending} data-testid="grant-submit">{t('users.grant.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
