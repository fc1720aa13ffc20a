import '@mantine/core/styles/ModalBase.css'
import '@mantine/core/styles/Drawer.css'
import { Drawer, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useDrillDown, type DrillDownRequest } from '../../api/dashboard-queries'
import type { DrillDown } from '../../api/dashboard-types'
import { useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { QueryState } from '../../ui/query-state'
import { DrillDownTable } from './drill-down-table'
import { usePeriodLabel } from './use-period-label'

/** The approved reports behind one number of the dashboard, in a side panel (full screen on a phone). */
export function DrillDownDrawer({ plan, request, title, titleText, onClose }: { plan: string; request: DrillDownRequest | null; title: React.ReactNode; titleText?: string; onClose: () => void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const bi = useBi()
  const periodLabel = usePeriodLabel()
  const phone = useMediaQuery('(max-width: 36em)')
  const query = useDrillDown(plan, request)
  // The element's own name when it says more than the title, and the unit the figures are narrowed to.
  const subtitle = (d: DrillDown) => [bi(d.element.name)?.text !== titleText ? bi(d.element.name)?.text ?? d.element.code : null, d.unit ? bi(d.unit.name)?.text ?? d.unit.code : null].filter(Boolean).join(' · ')
  return (
    <Drawer
      opened={!!request}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={<Text fw={700}>{t('dashboard.drill.title')}</Text>}
      closeButtonProps={{ 'aria-label': t('dashboard.drill.close') }}
      data-testid="drill-down"
    >
      <Stack gap="sm">
        <Text size="sm" className="tidtam-lao">{title}</Text>
        <QueryState query={query}>
          {(d) => (
            <Stack gap="sm">
              {subtitle(d) ? <Text size="sm" c="dimmed">{subtitle(d)}</Text> : null}
              <Text fw={700} data-testid="drill-figure">
                {t('dashboard.drill.figure', { value: `${f.number(d.figure.value)} ${bi(d.element.unit)?.text ?? ''}`.trim(), period: periodLabel(d.figure.period ?? d.period.id) })}
              </Text>
              {d.items.length ? <DrillDownTable items={d.items} /> : <Text c="dimmed" size="sm">{t('dashboard.drill.none')}</Text>}
              {d.total > d.items.length ? <Text size="xs" c="dimmed">{t('dashboard.drill.more', { shown: d.items.length, total: d.total })}</Text> : null}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Drawer>
  )
}
