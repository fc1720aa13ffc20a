import { Badge, CloseButton, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { User } from '../../api/people-types'
import { removeGrant } from '../../api/people-writes'
import { useBi } from '../../ui/bilingual'
import { FormError } from '../../ui/form-error'
import { useUserWrite } from './use-user-write'

/** A user's roles, each with the unit it covers; a manager can remove one with its × button. */
export function GrantBadges({ user, canManage }: { user: User; canManage: boolean }) {
  const { t } = useTranslation()
  const bi = useBi()
  const remove = useUserWrite((grantId: number) => removeGrant(user.id, grantId))
  if (!user.grants.length) return <Text size="sm" c="dimmed">{t('users.noRoles')}</Text>
  return (
    <div>
      <Group gap={6} wrap="wrap">
        {user.grants.map((g) => {
          const text = `${bi(g.roleName)?.text ?? g.role} · ${g.unit ? bi(g.unit.name)?.text ?? g.unit.code : t('people.wholeSystem')}`
          return (
            <Badge key={g.id} variant="light" data-testid="grant" data-role={g.role} data-unit={g.unit?.code ?? ''}
              rightSection={canManage ? <CloseButton size="xs" aria-label={t('users.grant.remove', { grant: text })} onClick={() => remove.mutate(g.id)} disabled={remove.isPending} /> : null}
            >
              {text}
            </Badge>
          )
        })}
      </Group>
      <FormError error={remove.error} />
    </div>
  )
}
