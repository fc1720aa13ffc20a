import { Group, Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { STATUS_ORDER, type StatusCounts } from '../../api/dashboard-types'
import { useFormat } from '../../ui/format'
import { STATUS_COLOR } from './status-colors'

/** Targets by status as one segmented bar, with the counts spelled out beside it (readable without colour). */
export function StatusStackedBar({ counts, size = 16 }: { counts: StatusCounts; size?: number }) {
  const { t } = useTranslation()
  const f = useFormat()
  const present = STATUS_ORDER.filter((s) => counts[s] > 0)
  const words = present.map((s) => `${t(`dashboard.status.${s}`)} ${f.number(counts[s], 0)}`).join(' · ')
  if (!counts.total) return <Text size="xs" c="dimmed">{t('dashboard.framework.noTargets')}</Text>
  return (
    <div data-testid="status-bar">
      <Progress.Root size={size} radius="sm" aria-label={words} role="img">
        {present.map((s) => (
          <Progress.Section key={s} value={(100 * counts[s]) / counts.total} color={STATUS_COLOR[s].mantine} title={`${t(`dashboard.status.${s}`)}: ${counts[s]}`} data-status={s}>
            {size >= 16 ? <Progress.Label style={{ overflow: 'visible', lineHeight: 1.4 }}>{counts[s]}</Progress.Label> : null}
          </Progress.Section>
        ))}
      </Progress.Root>
      <Group gap={4} mt={2}>
        <Text size="xs" c="dimmed">{t('dashboard.framework.targetsCount', { count: counts.total })}: {words}</Text>
      </Group>
    </div>
  )
}
