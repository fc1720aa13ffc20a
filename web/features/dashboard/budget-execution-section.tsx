import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BudgetLine, Dashboard } from '../../api/dashboard-types'
import { useFormat } from '../../ui/format'
import { DashboardSection } from './dashboard-section'
import { FundingExecutionBar } from './funding-execution-bar'
import { RateGauge } from './rate-gauge'

const CURRENCY_ORDER = ['LAK_M', 'LAK', 'USD']

/** Lines grouped by currency, kip first: amounts in different currencies are never added together. */
export function byCurrency(lines: BudgetLine[]): [string, BudgetLine[]][] {
  const groups = new Map<string, BudgetLine[]>()
  for (const l of lines) groups.set(l.currency, [...(groups.get(l.currency) ?? []), l])
  const rank = (c: string) => (CURRENCY_ORDER.indexOf(c) + 1) || 99
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
}

/** Projects: how many, their mean physical progress, and budget execution by funding source, one block per currency. */
export function BudgetExecutionSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation()
  const f = useFormat()
  const { projects } = data
  const physical = projects.meanPhysicalPercent
  return (
    <DashboardSection id="dashboard-projects" title={t('dashboard.projects.title')} intro={t('dashboard.projects.intro')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Paper withBorder p="sm" radius="md">
          <Stack gap="xs" align="center">
            <Text size="sm" fw={600} ta="center">{t('dashboard.projects.total')}</Text>
            <Text fz={34} fw={700} lh={1.4} data-testid="projects-total">{f.number(projects.total, 0)}</Text>
            <RateGauge label={physical === null ? t('dashboard.projects.physicalNone') : t('dashboard.projects.physical')} rate={physical === null ? null : physical / 100} color="var(--mantine-color-teal-6)" testId="physical-progress" />
            {physical === null ? null : (
              <Text size="xs" c="dimmed" ta="center" data-testid="physical-basis">
                {t('dashboard.projects.physicalBasis', { count: projects.reportingPhysical, total: f.number(projects.total, 0) })}
              </Text>
            )}
          </Stack>
        </Paper>
        <Stack gap="md" className="dashboard-span-2">
          {projects.byFunding.length ? byCurrency(projects.byFunding).map(([currency, lines]) => (
            <Paper key={currency} withBorder p="sm" radius="md" data-currency={currency} data-testid="currency-block">
              <Title order={3} size="h4" mb="xs">{t('dashboard.projects.currency', { currency: t(`currency.name.${currency}`, { defaultValue: currency }) })}</Title>
              <Stack gap="sm">{lines.map((l) => <FundingExecutionBar key={`${l.funding}-${l.currency}`} line={l} />)}</Stack>
            </Paper>
          )) : <Text c="dimmed" size="sm">{t('dashboard.projects.none')}</Text>}
        </Stack>
      </SimpleGrid>
    </DashboardSection>
  )
}
