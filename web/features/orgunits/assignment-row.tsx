import { Badge, Group } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { UnitAssignment } from '../../api/people-types'
import { removeAssignment } from '../../api/people-writes'
import { FormError } from '../../ui/form-error'
import { ConfirmButton } from '../people/confirm-button'
import { ItemLink } from './item-link'

/** One item the unit answers for, lead or support; removable (after a second click) by those who may assign. */
export function AssignmentRow({ unitCode, assignment, canAssign }: { unitCode: string; assignment: UnitAssignment; canAssign: boolean }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const remove = useMutation({
    mutationFn: () => removeAssignment(assignment.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['unit-page', unitCode] }),
  })
  return (
    <li style={{ listStyle: 'none' }} data-testid="assignment" data-code={assignment.item.code} data-type={assignment.item.type}>
      <Group gap={8} wrap="wrap" justify="space-between">
        <Group gap={8} wrap="wrap" style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <ItemLink item={assignment.item} />
          <Badge size="sm" variant={assignment.role === 'lead' ? 'filled' : 'light'}>{t(`orgUnits.role.${assignment.role}`)}</Badge>
        </Group>
        {canAssign ? <ConfirmButton label={t('orgUnits.unit.remove')} question={t('orgUnits.unit.removeQuestion')} onConfirm={() => remove.mutate()} loading={remove.isPending} testId="remove-assignment" /> : null}
      </Group>
      <FormError error={remove.error} />
    </li>
  )
}
