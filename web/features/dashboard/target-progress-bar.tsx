import { Group, Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TargetProgress } from '../../api/dashboard-types'
import { useFormat } from '../../ui/format'
import { MILESTONE_COLOR, STATUS_COLOR } from './status-colors'

/**
 * How far a target has come: for a number, % of the way from baseline to target (the bar stops at 0 and 100, the
 * label does not); for a milestone, its reported % complete and status.
 */
export function TargetProgressBar({ target }: { target: TargetProgress }) {
  const { t } = useTranslation()
  const f = useFormat()
  if (target.kind === 'milestone' && target.milestone) {
    const m = target.milestone
    const pct = m.percentComplete ?? (m.status === 'completed' ? 100 : null)
    return (
      <div>
        {pct !== null ? <Progress value={Math.max(0, Math.min(100, pct))} color={MILESTONE_COLOR[m.status]} size="md" radius="xl" aria-hidden /> : null}
        <Text size="xs" c="dimmed" mt={2}>
          {t('dashboard.milestone.label', { status: t(`dashboard.milestone.${m.status}`) })}
          {pct !== null ? ` · ${f.number(pct, 0)}%` : ''}
          {m.source === 'plan' ? ` (${t('dashboard.milestone.fromPlan')})` : ''}
        </Text>
      </div>
    )
  }
  const pct = target.percentOfTarget
  if (pct === null) return <Text size="xs" c="dimmed">—</Text>
  return (
    <div>
      <Progress value={Math.max(0, Math.min(100, pct))} color={STATUS_COLOR[target.status].mantine} size="md" radius="xl" aria-hidden />
      <Group gap={6} mt={2} wrap="wrap">
        <Text size="xs" fw={600}>{t('dashboard.targets.percentOfWay', { percent: f.number(pct, 0) })}</Text>
        {target.expected !== null ? <Text size="xs" c="dimmed">{t('dashboard.targets.expected', { value: f.number(target.expected) })}</Text> : null}
      </Group>
    </div>
  )
}
