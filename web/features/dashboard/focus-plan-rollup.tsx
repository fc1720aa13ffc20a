import { Anchor, Collapse, Group, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { FocusPlanRollup as FocusPlanRollupData } from '../../api/dashboard-types'
import { ChevronIcon } from '../../ui/icons'
import { usePrinting } from './printing-context'
import { RollupRow } from './rollup-row'

/** A focus plan's roll-up; its programmes open beneath it, and it can become the dashboard's focus-plan filter. */
export function FocusPlanRollup({ focusPlan, filtered, onFilter }: { focusPlan: FocusPlanRollupData; filtered: boolean; onFilter: (code: string) => void }) {
  const { t } = useTranslation()
  const [open, toggle] = useDisclosure(filtered)
  const printing = usePrinting()
  const id = `programmes-${focusPlan.code}`
  return (
    <RollupRow
      node={focusPlan}
      barSize={18}
      extra={
        <>
          <Group gap="md" className="dashboard-no-print">
            {focusPlan.programmes.length ? (
              <Anchor component="button" type="button" size="xs" onClick={toggle.toggle} aria-expanded={open} aria-controls={id} data-testid={`toggle-programmes-${focusPlan.code}`}>
                <Group gap={2} component="span"><ChevronIcon size={14} open={open} />{open ? t('dashboard.framework.hideProgrammes') : t('dashboard.framework.programmes', { count: focusPlan.programmes.length })}</Group>
              </Anchor>
            ) : null}
            {!filtered ? <Anchor component="button" type="button" size="xs" onClick={() => onFilter(focusPlan.code)}>{t('dashboard.framework.filterTo')}</Anchor> : null}
          </Group>
          <Collapse expanded={open || printing} transitionDuration={printing ? 0 : 200} id={id}>
            <Stack gap="sm" pl="md" pt={4} style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
              {focusPlan.programmes.map((p) => <RollupRow key={p.code} node={p} barSize={10} />)}
            </Stack>
          </Collapse>
        </>
      }
    />
  )
}
