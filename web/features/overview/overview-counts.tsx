import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Overview } from '../../api/types'
import { AppLink } from '../../ui/app-link'
import { useFormat } from '../../ui/format'
import { totalsByCurrency, useMoney } from '../../ui/money'
import { StatCard } from '../../ui/stat-card'

/** The plan in numbers: framework, targets, projects (kip and USD apart), findings. */
export function OverviewCounts({ plan, overview }: { plan: string; overview: Overview }) {
  const { t } = useTranslation()
  const f = useFormat()
  const money = useMoney()
  const n = overview.nodes
  const programmes = n.programme ?? { total: 0, missing: 0 }
  const projectTotals = totalsByCurrency(overview.projects.byFunding)
  const sev = overview.findings.bySeverity
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md">
      <StatCard label={t('overview.outcomes')} value={f.number(n.outcome?.total ?? 0)} testId="count-outcomes">
        <AppLink to="/plans/$code/framework" params={{ code: plan }} hash="outcomes" size="sm">{t('overview.seeFramework')}</AppLink>
      </StatCard>
      <StatCard label={t('overview.focusPlans')} value={f.number(n.focus_plan?.total ?? 0)} testId="count-focus-plans">
        <AppLink to="/plans/$code/framework" params={{ code: plan }} hash="focus-plans" size="sm">{t('overview.seeFramework')}</AppLink>
      </StatCard>
      <StatCard label={t('overview.programmes')} value={f.number(programmes.total)} testId="count-programmes">
        {programmes.missing ? <Text size="sm" c="dimmed">{t('overview.missingInSource', { count: programmes.missing, n: f.number(programmes.missing) })}</Text> : null}
      </StatCard>
      <StatCard label={t('overview.targets')} value={f.number(overview.targets.total)} testId="count-targets">
        <Group gap={6}>
          <Badge variant="light" color="teal">{t('overview.quantitative', { n: f.number(overview.targets.byKind.quantitative ?? 0) })}</Badge>
          <Badge variant="light" color="grape">{t('overview.milestones', { n: f.number(overview.targets.byKind.milestone ?? 0) })}</Badge>
        </Group>
        {overview.targets.byScope.overall ? <Text size="sm" c="dimmed">{t('overview.overallTargets', { n: f.number(overview.targets.byScope.overall) })}</Text> : null}
      </StatCard>
      <StatCard label={t('overview.projects')} value={f.number(overview.projects.total)} testId="count-projects">
        <Stack gap={2}>
          {projectTotals.map((c) => (
            <Text size="sm" key={c.currency} data-currency={c.currency}>
              {t('overview.projectsIn', { n: f.number(c.count) })}: <b>{money(c.amount, c.currency)}</b>
            </Text>
          ))}
          <AppLink to="/plans/$code/projects" params={{ code: plan }} search={{}} size="sm">{t('overview.seeProjects')}</AppLink>
        </Stack>
      </StatCard>
      <StatCard label={t('overview.findings')} value={f.number(overview.findings.total)} testId="count-findings">
        <Group gap={6}>
          {(['error', 'warning', 'info'] as const).filter((s) => sev[s]).map((s) => (
            <Badge key={s} variant="light" color={s === 'error' ? 'red' : s === 'warning' ? 'orange' : 'gray'}>{t(`finding.severity.${s}`)}: {f.number(sev[s]!)}</Badge>
          ))}
        </Group>
        <AppLink to="/plans/$code/findings" params={{ code: plan }} search={{}} size="sm" data-testid="findings-link">{t('overview.seeFindings')}</AppLink>
      </StatCard>
      <StatCard label={t('overview.indicators')} value={f.number(overview.indicators)}>
        <AppLink to="/plans/$code/indicators" params={{ code: plan }} size="sm">{t('overview.seeIndicators')}</AppLink>
      </StatCard>
      <StatCard label={t('overview.legislation')} value={f.number(overview.legislation)}>
        <AppLink to="/plans/$code/legislation" params={{ code: plan }} search={{}} size="sm">{t('overview.seeLegislation')}</AppLink>
      </StatCard>
      <StatCard label={t('overview.statisticsSeries')} value={f.number(overview.statisticsSeries)}>
        <AppLink to="/plans/$code/statistics" params={{ code: plan }} search={{}} size="sm">{t('overview.seeStatistics')}</AppLink>
      </StatCard>
    </SimpleGrid>
  )
}
