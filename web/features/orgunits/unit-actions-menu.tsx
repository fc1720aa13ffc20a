import { ActionIcon, Menu } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrgUnit } from '../../api/people-types'
import { DotsIcon } from '../../ui/icons'

export type UnitAction = 'addChild' | 'rename' | 'move' | 'close' | 'reopen'

/** The changes a manager may make to one unit; a closed unit can only be reopened. */
export function UnitActionsMenu({ unit, onAction }: { unit: OrgUnit; onAction: (action: UnitAction, unit: OrgUnit) => void }) {
  const { t } = useTranslation()
  const actions: UnitAction[] = unit.closed ? ['reopen'] : ['addChild', 'rename', 'move', 'close']
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('orgUnits.actionsFor', { code: unit.code })} data-testid="unit-actions">
          <DotsIcon />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map((a) => (
          <Menu.Item key={a} color={a === 'close' ? 'red' : undefined} onClick={() => onAction(a, unit)} data-action={a}>
            {t(`orgUnits.action.${a}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
