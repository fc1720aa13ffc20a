import { ActionIcon, Badge, Box, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TreeNode } from '../../api/types'
import { AppLink } from '../../ui/app-link'
import { ChevronIcon } from '../../ui/icons'
import { SourceLink } from '../../ui/source-link'
import type { FrameworkTree } from './build-tree'
import { NodeTargets } from './node-targets'
import { NodeTitle, useNodeLabel } from './node-title'

type Props = { plan: string; tree: FrameworkTree; node: TreeNode; level: number; open: Set<string>; toggle: (code: string, value?: boolean) => void; flat?: boolean }

/** One row of the framework tree (disclosure pattern: a toggle button with aria-expanded, then the row's link). */
export function TreeItem({ plan, tree, node, level, open, toggle, flat = false }: Props) {
  const { t } = useTranslation()
  const { plain } = useNodeLabel()
  const kids = tree.childrenOf(node.code)
  const expandable = kids.length > 0 || node.targetCount > 0
  const isOpen = expandable && open.has(node.code)
  const groupId = `tree-${node.code}`
  const note = node.missing ? tree.noteFor(node.code) : null
  return (
    <li data-code={node.code} data-kind={node.kind} data-missing={node.missing || undefined} style={{ listStyle: 'none' }}>
      <Group gap={6} wrap="nowrap" align="flex-start" py={4} style={{ opacity: node.missing ? 0.8 : 1 }}>
        {expandable ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="md"
            mt={2}
            aria-expanded={isOpen}
            aria-controls={groupId}
            aria-label={t('tree.toggle', { name: plain(node) })}
            onClick={() => toggle(node.code)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') toggle(node.code, true)
              if (e.key === 'ArrowLeft') toggle(node.code, false)
            }}
          >
            <ChevronIcon open={isOpen} />
          </ActionIcon>
        ) : flat ? null : <Box w={28} style={{ flexShrink: 0 }} />}
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <AppLink to="/plans/$code/nodes/$node" params={{ code: plan, node: node.code }} c={node.missing ? 'dimmed' : 'inherit'} fw={level === 1 ? 700 : 500}>
            <NodeTitle node={node} />
          </AppLink>
          <Group gap={8} wrap="wrap">
            {kids.length && node.kind === 'focus_plan' ? <Badge variant="outline" color="gray">{t('tree.programmes', { count: kids.filter((k) => k.kind === 'programme').length })}</Badge> : null}
            {node.targetCount ? <Badge variant="outline" color="teal">{t('tree.targets', { count: node.targetCount })}</Badge> : null}
            <SourceLink src={node.src} plan={plan} />
          </Group>
          {note ? (
            <details>
              <summary style={{ cursor: 'pointer' }}><Text span size="xs" c="dimmed">{t('missing.showNote')}</Text></summary>
              <Text size="sm" c="dimmed" lang="en">{note}</Text>
            </details>
          ) : null}
        </Stack>
      </Group>
      {isOpen ? (
        <Box component="ul" id={groupId} m={0} pl={{ base: 14, sm: 28 }} style={{ borderLeft: '1px solid var(--mantine-color-gray-3)', marginLeft: 13 }}>
          {kids.map((k) => <TreeItem key={k.code} plan={plan} tree={tree} node={k} level={level + 1} open={open} toggle={toggle} />)}
          {node.targetCount > 0 ? <li style={{ listStyle: 'none', padding: '4px 0 8px 6px' }}><NodeTargets plan={plan} code={node.code} /></li> : null}
        </Box>
      ) : null}
    </li>
  )
}
