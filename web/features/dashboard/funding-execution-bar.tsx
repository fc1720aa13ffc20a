import { Group, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BudgetLine } from '../../api/dashboard-types'
import { useFormat } from '../../ui/format'
import { useMoney } from '../../ui/money'

/** One funding source in one currency: disbursed against planned for the period, and the plan's stated total. */
export function FundingExecutionBar({ line }: { line: BudgetLine }) {
  const { t } = useTranslation()
  const f = useFormat()
  const money = useMoney()
  const pct = line.executionRate === null ? null : line.executionRate * 100
  return (
    <Stack gap={2} data-funding={line.funding} data-currency={line.currency} data-testid="funding-line">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>{t(`funding.${line.funding}`, { defaultValue: line.funding })} <Text span size="xs" c="dimmed" fw={400}>· {t('dashboard.projects.projectsCount', { count: line.projects })}</Text></Text>
        <Text size="sm" fw={700}>{pct === null ? t('dashboard.projects.noRate') : t('dashboard.projects.rate', { percent: f.number(pct, 1) })}</Text>
      </Group>
      <Progress value={pct === null ? 0 : Math.min(100, pct)} size="lg" radius="sm" color={pct !== null && pct > 100 ? 'orange.6' : 'indigo.6'} aria-hidden />
      <Text size="xs" c="dimmed">
        {t('dashboard.projects.disbursed', { amount: money(line.disbursed, line.currency) })} · {t('dashboard.projects.planned', { amount: money(line.planned, line.currency) })} · {t('dashboard.projects.statedTotal', { amount: money(line.amount, line.currency) })}
      </Text>
    </Stack>
  )
}
