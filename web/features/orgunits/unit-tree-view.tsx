import { useCallback, useEffect, useState } from 'react'
import { Alert, Box, Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrgUnit } from '../../api/people-types'
import { searchUnits, type UnitTree } from './build-unit-tree'
import type { UnitAction } from './unit-actions-menu'
import { UnitTreeRow, type RowContext } from './unit-tree-row'

type Props = {
  tree: UnitTree
  query: string
  canOpen: (code: string) => boolean
  canManage: (code: string) => boolean
  onAction: (action: UnitAction, unit: OrgUnit) => void
  /** A unit just added: the branches above it open so it can be seen. */
  added?: string | null
}

/** The whole tree, roots open; with a search, the matching units in place with the path to them. */
export function UnitTreeView({ tree, query, canOpen, canManage, onAction, added = null }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Set<string>>(() => new Set(tree.roots.map((r) => r.code)))
  const toggle = useCallback((code: string, value?: boolean) => {
    setOpen((prev) => {
      const next = new Set(prev)
      if (value ?? !next.has(code)) next.add(code)
      else next.delete(code)
      return next
    })
  }, [])
  const addedShown = !!added && tree.byCode.has(added)
  useEffect(() => {
    if (!added || !addedShown) return
    setOpen((prev) => {
      const next = new Set(prev)
      const seen = new Set<string>()
      for (let c = tree.parentOf(added); c && !seen.has(c); c = tree.parentOf(c)) {
        seen.add(c)
        next.add(c)
      }
      return next
    })
  }, [added, addedShown])
  const search = query.trim() ? searchUnits(tree, query) : null
  const ctx: RowContext = { tree, open, toggle, visible: search?.visible ?? null, matches: search?.matches ?? new Set(), added, canOpen, canManage, onAction }
  const roots = tree.roots.filter((r) => !search || search.visible.has(r.code))
  const withChildren = [...tree.byCode.keys()].filter((c) => tree.childrenOf(c).length)
  if (!tree.roots.length) return <Alert color="gray">{t('orgUnits.empty')}</Alert>
  return (
    // Names and their actions stay close together on a wide screen.
    <Box maw={960}>
      {search ? (
        <Text size="sm" c="dimmed" mb="xs" aria-live="polite" data-testid="unit-search-count">{t('orgUnits.found', { count: search.matches.size })}</Text>
      ) : (
        <Group gap="xs" mb="xs">
          <Button size="compact-sm" variant="light" onClick={() => setOpen(new Set(withChildren))}>{t('tree.expandAll')}</Button>
          <Button size="compact-sm" variant="subtle" onClick={() => setOpen(new Set())}>{t('tree.collapseAll')}</Button>
        </Group>
      )}
      <ul aria-label={t('orgUnits.title')} style={{ margin: 0, padding: 0 }} data-testid="unit-tree">
        {roots.map((r) => <UnitTreeRow key={r.code} unit={r} ctx={ctx} />)}
      </ul>
    </Box>
  )
}
