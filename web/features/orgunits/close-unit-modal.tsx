import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrgUnit } from '../../api/people-types'
import { closeUnit, reopenUnit } from '../../api/people-writes'
import { FormError } from '../../ui/form-error'
import { useUnitLabel } from './unit-label'
import { useUnitWrite } from './use-unit-write'

/** Closing keeps the unit and its history (shown muted); reopening brings it back. */
export function CloseUnitModal({ unit, onClose }: { unit: OrgUnit; onClose: () => void }) {
  const { t } = useTranslation()
  const unitLabel = useUnitLabel()
  const reopen = unit.closed
  const write = useUnitWrite(() => (reopen ? reopenUnit(unit.code) : closeUnit(unit.code)), onClose)
  return (
    <Modal opened onClose={onClose} title={reopen ? t('orgUnits.action.reopen') : t('orgUnits.action.close')} data-testid="close-form">
      <Stack gap="sm">
        <Text fw={600}>{unitLabel(unit)}</Text>
        <Text size="sm">{reopen ? t('orgUnits.close.reopenExplain') : t('orgUnits.close.explain')}</Text>
        <FormError error={write.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>{t('people.cancel')}</Button>
          <Button color={reopen ? 'indigo' : 'red'} loading={write.isPending} onClick={() => write.mutate()} data-autofocus data-testid="close-confirm">
            {reopen ? t('orgUnits.action.reopen') : t('orgUnits.action.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
