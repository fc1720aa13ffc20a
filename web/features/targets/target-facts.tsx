import { Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Target } from '../../api/types'
import { useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'

const STATUS_COLOR: Record<string, string> = { not_started: 'gray', in_progress: 'blue', achieved: 'green', delayed: 'orange', dropped: 'red' }

/** The measurable part of a target: "≥ 15.000 ລາຍຊື່ · ປີ 2025 · ພື້ນຖານ 82 (2020)", or a milestone's status. */
export function TargetFacts({ target }: { target: Target }) {
  const { t } = useTranslation()
  const f = useFormat()
  const unit = useBi()(target.unit)
  if (target.kind === 'milestone') {
    const status = target.milestone?.status ?? 'not_started'
    return (
      <Group gap={6} wrap="wrap">
        <Badge variant="light" color="grape">{t('target.kind.milestone')}</Badge>
        <Badge variant="dot" color={STATUS_COLOR[status] ?? 'gray'}>{t(`target.status.${status}`)}</Badge>
        {target.milestone?.percentComplete !== null && target.milestone?.percentComplete !== undefined
          ? <Text size="sm">{f.number(target.milestone.percentComplete, 0)}%</Text> : null}
      </Group>
    )
  }
  const value = target.value === null ? null : f.number(target.value)
  return (
    <Group gap={6} wrap="wrap" data-testid="target-facts">
      <Badge variant="light" color="teal">{t('target.kind.quantitative')}</Badge>
      {value !== null ? (
        <Text size="sm" fw={600} component="span">
          {t(`target.comparator.${target.comparator}`, { value })}{unit ? <> <span lang={unit.lang}>{unit.text}</span></> : null}
          {target.perYear ? ` ${t('target.perYear')}` : ''}
        </Text>
      ) : null}
      {target.year ? <Text size="sm" component="span">{t('target.byYear', { year: String(target.year) })}</Text> : null}
      {target.baseline ? (
        <Text size="sm" c="dimmed" component="span">
          {t('target.baseline', { value: f.number(target.baseline.value), year: target.baseline.year ? String(target.baseline.year) : '—' })}
        </Text>
      ) : null}
    </Group>
  )
}
