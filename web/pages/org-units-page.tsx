import '../features/people/people-styles'
import { useEffect, useState } from 'react'
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useMe } from '../api/me-query'
import { useOrgUnits } from '../api/people-queries'
import type { OrgUnit } from '../api/people-types'
import { canAnywhere, canOnUnit, canSystemWide } from '../features/auth/permissions'
import { buildUnitTree } from '../features/orgunits/build-unit-tree'
import { CloseUnitModal } from '../features/orgunits/close-unit-modal'
import { CsvImportModal } from '../features/orgunits/csv-import-modal'
import { MoveUnitModal } from '../features/orgunits/move-unit-modal'
import type { UnitAction } from '../features/orgunits/unit-actions-menu'
import { UnitFormModal } from '../features/orgunits/unit-form-modal'
import { useUnitLabel } from '../features/orgunits/unit-label'
import { UnitTreeView } from '../features/orgunits/unit-tree-view'
import { SearchIcon } from '../ui/icons'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'

const route = getRouteApi('/org-units')
type Open = { action: UnitAction | 'addRoot' | 'import'; unit: OrgUnit | null } | null

/** The org-unit tree: ministry → departments, country → provinces → districts, operators; managed in place. */
export function OrgUnitsPage() {
  const { t } = useTranslation()
  const { q } = route.useSearch()
  const navigate = route.useNavigate()
  const me = useMe().data
  const units = useOrgUnits()
  const [text, setText] = useState(q ?? '')
  const [debounced] = useDebouncedValue(text, 250)
  const [open, setOpen] = useState<Open>(null)
  const [added, setAdded] = useState<{ unit: OrgUnit; parent: OrgUnit | null } | null>(null)
  const unitLabel = useUnitLabel()
  useEffect(() => {
    if ((debounced.trim() || undefined) !== q) void navigate({ search: { q: debounced.trim() || undefined }, replace: true })
  }, [debounced])
  const close = () => setOpen(null)
  return (
    <Stack gap="md">
      <PageTitle
        title={t('orgUnits.title')}
        subtitle={t('orgUnits.subtitle')}
        docTitle={t('orgUnits.title')}
        extra={canAnywhere(me, 'orgunits:manage') ? (
          <Group gap="xs">
            <Button variant="default" onClick={() => setOpen({ action: 'import', unit: null })} data-testid="open-import">{t('orgUnits.import.open')}</Button>
            {canSystemWide(me, 'orgunits:manage') ? <Button variant="light" onClick={() => setOpen({ action: 'addRoot', unit: null })}>{t('orgUnits.action.addRoot')}</Button> : null}
          </Group>
        ) : null}
      />
      <TextInput type="search" label={t('orgUnits.search')} placeholder={t('orgUnits.searchPlaceholder')} leftSection={<SearchIcon />} value={text} onChange={(e) => setText(e.currentTarget.value)} maw={{ base: '100%', sm: 420 }} data-testid="unit-search" />
      {added ? (
        <Alert color="green" role="status" withCloseButton onClose={() => setAdded(null)} data-testid="unit-added">
          {added.parent ? t('orgUnits.added', { unit: unitLabel(added.unit), parent: unitLabel(added.parent) }) : t('orgUnits.addedRoot', { unit: unitLabel(added.unit) })}
        </Alert>
      ) : null}
      <QueryState query={units}>
        {(list) => {
          const tree = buildUnitTree(list)
          const can = (permission: 'orgunits:manage' | 'unit-data:read') => (code: string) => canOnUnit(me, permission, code, tree.parentOf)
          const canManage = can('orgunits:manage')
          const canRead = can('unit-data:read')
          return (
            <>
              <UnitTreeView tree={tree} query={debounced} canOpen={canRead} canManage={canManage} added={added?.unit.code ?? null} onAction={(action, unit) => { setAdded(null); setOpen({ action, unit }) }} />
              {open?.action === 'addChild' || open?.action === 'addRoot' ? <UnitFormModal mode="create" unit={open.unit} onClose={close} onSaved={(unit) => setAdded({ unit, parent: open.unit })} /> : null}
              {open?.action === 'rename' && open.unit ? <UnitFormModal mode="rename" unit={open.unit} onClose={close} /> : null}
              {open?.action === 'move' && open.unit ? <MoveUnitModal unit={open.unit} tree={tree} mayMoveUnder={(code) => (code ? canManage(code) : canSystemWide(me, 'orgunits:manage'))} onClose={close} /> : null}
              {(open?.action === 'close' || open?.action === 'reopen') && open.unit ? <CloseUnitModal unit={open.unit} onClose={close} /> : null}
              {open?.action === 'import' ? <CsvImportModal onClose={close} /> : null}
            </>
          )
        }}
      </QueryState>
    </Stack>
  )
}
