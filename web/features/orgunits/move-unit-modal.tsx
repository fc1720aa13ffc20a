import { useState } from 'react'
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { OrgUnit } from '../../api/people-types'
import { moveUnit } from '../../api/people-writes'
import { FormError } from '../../ui/form-error'
import type { UnitTree } from './build-unit-tree'
import { UnitSelect } from './unit-select'
import { useUnitLabel } from './unit-label'
import { useUnitWrite } from './use-unit-write'

type Props = { unit: OrgUnit; tree: UnitTree; mayMoveUnder: (code: string | null) => boolean; onClose: () => void }

/** Pick a new parent (never the unit itself or one of its sub-units); the whole subtree moves with it. */
export function MoveUnitModal({ unit, tree, mayMoveUnder, onClose }: Props) {
  const { t } = useTranslation()
  const unitLabel = useUnitLabel()
  const phone = useMediaQuery('(max-width: 36em)')
  const [parent, setParent] = useState<string | null>(unit.parentCode)
  const write = useUnitWrite(() => moveUnit(unit.code, parent), onClose)
  const inside = tree.subtreeOf(unit.code)
  const candidates = [...tree.byCode.values()].filter((u) => !inside.has(u.code) && mayMoveUnder(u.code))
  return (
    <Modal opened onClose={onClose} title={t('orgUnits.action.move')} size="lg" fullScreen={phone} data-testid="move-form">
      <form onSubmit={(e) => { e.preventDefault(); write.mutate() }} noValidate>
        <Stack gap="sm">
          <Text size="sm">{unitLabel(unit)}</Text>
          <FormError error={write.error} />
          <UnitSelect label={t('orgUnits.move.newParent')} units={candidates} value={parent} onChange={setParent} noneLabel={mayMoveUnder(null) ? t('orgUnits.move.noParent') : undefined} description={t('orgUnits.move.subtreeFollows')} testId="move-parent" autoFocus />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>{t('people.cancel')}</Button>
            <Button type="submit" loading={write.isPending} disabled={parent === unit.parentCode}>{t('orgUnits.move.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
