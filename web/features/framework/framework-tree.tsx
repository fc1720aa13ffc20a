import { useCallback, useState } from 'react'
import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TreeNode } from '../../api/types'
import { expandableCodes, type FrameworkTree } from './build-tree'
import { TreeItem } from './tree-item'

/** A collapsible tree from some roots (focus plans, priority tasks…); roots start open so their children show. */
export function FrameworkTreeView({ plan, tree, roots, label, startOpen = true }: { plan: string; tree: FrameworkTree; roots: TreeNode[]; label: string; startOpen?: boolean }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Set<string>>(() => new Set(startOpen ? roots.map((r) => r.code) : []))
  const toggle = useCallback((code: string, value?: boolean) => {
    setOpen((prev) => {
      const next = new Set(prev)
      const want = value ?? !next.has(code)
      if (want) next.add(code)
      else next.delete(code)
      return next
    })
  }, [])
  const structural = expandableCodes(tree, roots)
  // A plain list (outcomes, supporting projects) needs no room for toggles.
  const flat = roots.every((r) => !tree.childrenOf(r.code).length && !r.targetCount)
  return (
    <div>
      {structural.length > 1 ? (
        <Group gap="xs" mb="xs">
          <Button size="compact-sm" variant="light" onClick={() => setOpen(new Set(structural))}>{t('tree.expandAll')}</Button>
          <Button size="compact-sm" variant="subtle" onClick={() => setOpen(new Set())}>{t('tree.collapseAll')}</Button>
        </Group>
      ) : null}
      <ul aria-label={label} style={{ margin: 0, padding: 0 }}>
        {roots.map((r) => <TreeItem key={r.code} plan={plan} tree={tree} node={r} level={1} open={open} toggle={toggle} flat={flat} />)}
      </ul>
    </div>
  )
}
