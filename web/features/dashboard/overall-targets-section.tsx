import { lazy, Suspense, useState } from 'react'
import { Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DrillDownRequest } from '../../api/dashboard-queries'
import type { Dashboard, ProgressStatus, TargetProgress } from '../../api/dashboard-types'
import { BiText, useBi } from '../../ui/bilingual'
import { DashboardSection } from './dashboard-section'
import { OverallTargetsTable } from './overall-targets-table'
import { StatusSummaryCards } from './status-summary-cards'

// The drill-down panel (and Mantine's drawer) is fetched when first needed, not with the page.
const DrillDownDrawer = lazy(() => import('./drill-down-drawer').then((m) => ({ default: m.DrillDownDrawer })))

/** The plan's overall targets at a glance: counts by status, then every target with its progress and drill-down. */
export function OverallTargetsSection({ plan, data, unit }: { plan: string; data: Dashboard; unit?: string }) {
  const { t } = useTranslation()
  const bi = useBi()
  const [status, setStatus] = useState<ProgressStatus | null>(null)
  const [drill, setDrill] = useState<{ request: DrillDownRequest; target: TargetProgress } | null>(null)
  const [drawerWanted, setDrawerWanted] = useState(false)
  const shown = status ? data.overallTargets.filter((tg) => tg.status === status) : data.overallTargets
  const openDrill = (target: TargetProgress) => {
    if (!target.element) return
    setDrawerWanted(true)
    setDrill({ target, request: { element: target.element, unit, period: data.filters.period.id } })
  }
  return (
    <DashboardSection id="dashboard-overall" title={t('dashboard.summary.title')} intro={t('dashboard.summary.intro', { total: data.summary.total })}>
      <Stack gap="md">
        <StatusSummaryCards counts={data.summary} selected={status} onSelect={setStatus} />
        {status ? (
          <Group gap="xs" className="dashboard-no-print">
            <Text size="sm" c="dimmed" role="status">{t('dashboard.summary.showing', { shown: shown.length, total: data.overallTargets.length })}</Text>
            <Button variant="subtle" size="compact-sm" onClick={() => setStatus(null)}>{t('dashboard.summary.showAll')}</Button>
          </Group>
        ) : null}
        <OverallTargetsTable plan={plan} targets={shown} onDrill={openDrill} />
      </Stack>
      {drawerWanted ? (
        <Suspense fallback={null}>
          <DrillDownDrawer
            plan={plan}
            request={drill?.request ?? null}
            title={drill ? <><strong>{drill.target.no ?? drill.target.code}.</strong> <BiText value={drill.target.text} empty={drill.target.code} /></> : null}
            titleText={drill ? bi(drill.target.text)?.text : undefined}
            onClose={() => setDrill(null)}
          />
        </Suspense>
      ) : null}
    </DashboardSection>
  )
}
