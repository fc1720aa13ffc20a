import { useEffect, useRef } from 'react'
import { ActionIcon, Badge, Box, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrgUnit } from '../../api/people-types'
import { AppLink } from '../../ui/app-link'
import { BiText } from '../../ui/bilingual'
import { ChevronIcon } from '../../ui/icons'
import type { UnitTree } from './build-unit-tree'
import { UnitActionsMenu, type UnitAction } from './unit-actions-menu'
import { useKindLabel } from './unit-label'

export type RowContext = {
  tree: UnitTree
  open: Set<string>
  toggle: (code: string, value?: boolean) => void
  /** With a search: only these units are drawn, and these are highlighted. */
  visible: Set<string> | null
  matches: Set<string>
  /** The unit just added: marked, and scrolled to when it appears. */
  added: string | null
  canOpen: (code: string) => boolean
  canManage: (code: string) => boolean
  onAction: (action: UnitAction, unit: OrgUnit) => void
}

/** One unit of the tree (disclosure pattern); closed units are muted and marked, never hidden. */
export function UnitTreeRow({ unit, ctx }: { unit: OrgUnit; ctx: RowContext }) {
  const { t } = useTranslation()
  const kindLabel = useKindLabel()
  const kids = ctx.tree.childrenOf(unit.code).filter((k) => !ctx.visible || ctx.visible.has(k.code))
  const isOpen = kids.length > 0 && (ctx.visible !== null || ctx.open.has(unit.code))
  const groupId = `units-${unit.code}`
  const name = <BiText value={unit.name} empty={unit.code} />
  const justAdded = ctx.added === unit.code
  const rowRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (justAdded) rowRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [justAdded])
  return (
    <li data-code={unit.code} data-closed={unit.closed || undefined} style={{ listStyle: 'none' }}>
      <Group ref={rowRef} gap={6} wrap="nowrap" align="flex-start" py={3} data-just-added={justAdded || undefined}
        style={{ opacity: unit.closed ? 0.6 : 1, ...(justAdded ? { background: 'var(--mantine-color-green-0)', outline: '2px solid var(--mantine-color-green-5)', borderRadius: 4 } : {}) }}>
        {kids.length ? (
          <ActionIcon variant="subtle" color="gray" mt={2} aria-expanded={isOpen} aria-controls={groupId} aria-label={t('orgUnits.toggle', { code: unit.code })}
            onClick={() => ctx.toggle(unit.code)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') ctx.toggle(unit.code, true)
              if (e.key === 'ArrowLeft') ctx.toggle(unit.code, false)
            }}
          >
            <ChevronIcon open={isOpen} />
          </ActionIcon>
        ) : <Box w={28} style={{ flexShrink: 0 }} />}
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Group gap={8} wrap="wrap" align="baseline">
            {ctx.canOpen(unit.code)
              ? <AppLink to="/org-units/$unit" params={{ unit: unit.code }} fw={ctx.matches.has(unit.code) ? 700 : 500} c={unit.closed ? 'dimmed' : undefined}>{name}</AppLink>
              : <Text span fw={ctx.matches.has(unit.code) ? 700 : 500} c={unit.closed ? 'dimmed' : undefined}>{name}</Text>}
            <Text span size="xs" c="dimmed" ff="monospace">{unit.code}</Text>
            <Badge variant="outline" color="gray" size="sm">{kindLabel(unit.kind)}</Badge>
            {justAdded ? <Badge color="green" size="sm" data-testid="just-added">{t('orgUnits.justAdded')}</Badge> : null}
            {unit.closed ? <Badge color="gray" size="sm" data-testid="closed-badge">{t('orgUnits.closed')}</Badge> : null}
            {!unit.published ? <Badge color="yellow" variant="light" size="sm">{t('orgUnits.unpublished')}</Badge> : null}
          </Group>
        </Box>
        {ctx.canManage(unit.code) ? <UnitActionsMenu unit={unit} onAction={ctx.onAction} /> : null}
      </Group>
      {isOpen ? (
        <Box component="ul" id={groupId} m={0} pl={{ base: 12, sm: 24 }} style={{ borderLeft: '1px solid var(--mantine-color-gray-3)', marginLeft: 13 }}>
          {kids.map((k) => <UnitTreeRow key={k.code} unit={k} ctx={ctx} />)}
        </Box>
      ) : null}
    </li>
  )
}
