import { Badge, Group, Loader, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Dashboard } from '../../api/dashboard-types'
import { useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { PageTitle } from '../../ui/page-title'
import { PrintButton } from './print-button'
import { usePeriodLabel } from './use-period-label'

/** The plan's name, how fresh the figures are, whose units they cover, and the filters in force (for the printout). */
export function DashboardHeader({ data, updating, onPrint }: { data: Dashboard; updating: boolean; onPrint: () => void }) {
  const { t } = useTranslation()
  const bi = useBi()
  const f = useFormat()
  const periodLabel = usePeriodLabel()
  const name = bi(data.plan.name)
  const scope = data.scope.all ? t('dashboard.scope.all') : t('dashboard.scope.units', { units: data.scope.units.map((u) => bi(u.name)?.text ?? u.code).join(', ') })
  const filters = [
    `${t('dashboard.filters.period')}: ${periodLabel(data.filters.period.id)}`,
    data.filters.unit ? `${t('dashboard.filters.unit')}: ${bi(data.filters.unit.name)?.text ?? data.filters.unit.code}` : null,
    data.filters.focusPlan ? `${t('dashboard.filters.focusPlan')}: ${bi(data.filters.focusPlan.name)?.text ?? data.filters.focusPlan.code}` : null,
  ].filter(Boolean).join(' · ')
  return (
    <Stack gap={0} data-testid="dashboard-header">
      <Text size="sm" c="indigo.8" fw={700}>{t('dashboard.eyebrow')}</Text>
      <PageTitle
        docTitle={`${t('dashboard.docTitle')} · ${name?.text ?? data.plan.code}`}
        title={
          <Group component="span" gap="sm" wrap="wrap" align="center">
            <span lang={name?.lang}>{name?.text ?? data.plan.code}</span>
            {data.plan.isDemo ? <Badge color="yellow" variant="filled" size="lg" title={t('dashboard.demoHint')} data-testid="demo-badge">{t('dashboard.demo')}</Badge> : null}
          </Group>
        }
        extra={
          <Group gap="sm">
            {updating ? <Group gap={6} role="status"><Loader size="xs" /><Text size="xs" c="dimmed">{t('dashboard.updating')}</Text></Group> : null}
            <PrintButton onPrint={onPrint} />
          </Group>
        }
        subtitle={
          <Group component="span" gap={6} wrap="wrap" data-testid="dashboard-freshness">
            <span>{data.freshness.lastApprovedAt ? t('dashboard.freshness.updated', { date: f.dateTime(data.freshness.lastApprovedAt) }) : t('dashboard.freshness.never')}</span>
            <span aria-hidden="true">·</span>
            <span>{t('dashboard.freshness.reports', { count: data.freshness.approvedReports })}</span>
            <span aria-hidden="true">·</span>
            <span>{scope}</span>
          </Group>
        }
      />
      <Text size="sm" className="dashboard-print-only">{filters} · {t('dashboard.printedAt', { date: f.date(new Date().toISOString()) })}</Text>
      <Text size="xs" c="dimmed">{t('dashboard.freshness.basis')}</Text>
    </Stack>
  )
}
