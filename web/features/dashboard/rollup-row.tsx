import { Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NodeRollup } from '../../api/dashboard-types'
import { useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { StatusStackedBar } from './status-stacked-bar'

/** An outcome, focus plan or programme: its number and name, its targets by status, and the mean % of the way. */
export function RollupRow({ node, extra, barSize }: { node: NodeRollup; extra?: React.ReactNode; barSize?: number }) {
  const { t } = useTranslation()
  const f = useFormat()
  const bi = useBi()
  const name = bi(node.name)
  return (
    <Stack gap={4} data-code={node.code} data-testid="rollup-row">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Text size="sm" style={{ minWidth: 0 }} lineClamp={2} title={name?.text} className="tidtam-lao">
          <Text span fw={700}>{node.no === null ? t(`kind.${node.kind}`) : t('node.numbered', { kind: t(`kind.${node.kind}`), no: node.no })}</Text>
          {': '}
          {name ? <span lang={name.lang}>{name.text}</span> : <Text span c="dimmed">{t('dashboard.framework.untitled')}</Text>}
        </Text>
        {node.meanPercent !== null ? <Text size="xs" fw={600} style={{ whiteSpace: 'nowrap' }}>{t('dashboard.framework.mean', { percent: f.number(node.meanPercent, 0) })}</Text> : null}
      </Group>
      <StatusStackedBar counts={node.counts} size={barSize} />
      {extra}
    </Stack>
  )
}
