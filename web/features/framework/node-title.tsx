import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NodeKind, NodeRef } from '../../api/types'
import { useBi } from '../../ui/bilingual'
import { MissingBadge } from '../../ui/missing-note'

type TitleNode = Pick<NodeRef, 'code' | 'kind' | 'no' | 'name'> & { missing?: boolean; titleMissing?: boolean; garbled?: boolean }

/** "ແຜນງານ ທີ 8" / "Programme 8" — the kind and printed number of a node. */
export function useNodeLabel() {
  const { t } = useTranslation()
  const bi = useBi()
  const numbered = (kind: NodeKind, no: number | null) => (no === null ? t(`kind.${kind}`) : t('node.numbered', { kind: t(`kind.${kind}`), no }))
  const plain = (n: TitleNode) => {
    const name = bi(n.name)?.text
    if (n.missing) return `${numbered(n.kind, n.no)} — ${t('missing.short')}`
    if (!name) return `${numbered(n.kind, n.no)} ${t('missing.titleLost')}`
    return n.kind === 'focus_bullet' || n.kind === 'supporting_project' ? name : `${numbered(n.kind, n.no)}: ${name}`
  }
  return { numbered, plain }
}

/** A node's title: number and name, or — greyed — that the document lost it. */
export function NodeTitle({ node, showKind = true }: { node: TitleNode; showKind?: boolean }) {
  const { t } = useTranslation()
  const { numbered } = useNodeLabel()
  const name = useBi()(node.name)
  const prefix = showKind ? numbered(node.kind, node.no) : node.no !== null ? String(node.no) : null
  if (node.missing) {
    return (
      <Group gap={6} component="span" wrap="wrap" c="dimmed" data-missing="true">
        {prefix ? <span>{prefix}</span> : null}
        <MissingBadge kind="missing" />
      </Group>
    )
  }
  if (node.kind === 'orphan_group') return <span>{t('kind.orphan_group')}</span>
  if (!name) {
    return (
      <Group gap={6} component="span" wrap="wrap">
        {prefix ? <span>{prefix}</span> : null}
        <Text component="span" c="dimmed" inherit data-testid="title-lost">{t('missing.titleLost')}</Text>
      </Group>
    )
  }
  const bare = node.kind === 'focus_bullet'
  return (
    <span>
      {prefix && !bare ? <span>{prefix}: </span> : null}
      <span lang={name.lang}>{name.text}</span>
      {node.garbled ? <> <MissingBadge kind="garbled" /></> : null}
      {node.titleMissing ? <> <MissingBadge kind="headingLost" /></> : null}
    </span>
  )
}
