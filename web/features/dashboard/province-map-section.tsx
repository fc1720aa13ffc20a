import { useCallback, useMemo } from 'react'
import { Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { Dashboard } from '../../api/dashboard-types'
import { pickBi, useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { DashboardSection } from './dashboard-section'
import { MapIndicatorPicker } from './map-indicator-picker'
import { NO_DATA_HEX, normalizeIso } from '../../../common/geo/choropleth'
import type { MapWords } from '../../../common/geo/province-map-view'
import { ProvinceMap } from './province-map'
import { ProvinceValuesTable } from './province-values-table'
import { usePeriodLabel } from './use-period-label'

/** A chosen indicator by province: the choropleth with its legend, and the same numbers as a list. */
export function ProvinceMapSection({ data, indicator, onIndicator }: { data: Dashboard; indicator: string | undefined; onIndicator: (code: string) => void }) {
  const { t, i18n } = useTranslation()
  const f = useFormat()
  const bi = useBi()
  const lang = i18n.language
  const periodLabel = usePeriodLabel()
  const phone = useMediaQuery('(max-width: 36em)')
  const height = phone ? 420 : 480
  const { subject, provinces } = data.map
  const decimals = data.indicators.find((i) => i.code === subject?.code)?.decimals ?? 2
  const unit = bi(subject?.unit)?.text ?? ''
  const names = useMemo(() => new Map(provinces.map((p) => [normalizeIso(p.iso), pickBi(p.unit.name, lang)?.text])), [provinces, lang])
  const nameOf = useCallback((iso: string) => names.get(iso) ?? t(`dashboard.provinces.${iso}`, { defaultValue: iso }), [names, t])
  const words = useMemo<MapWords>(() => ({
    nameOf,
    formatNumber: (v, digits) => f.number(v, digits ?? decimals),
    unit,
    noData: t('dashboard.map.noData'),
    reports: (count) => t('dashboard.map.reports', { count }),
  }), [nameOf, t, unit, f, decimals])
  const subjectName = bi(subject?.name)?.text ?? subject?.code ?? ''
  return (
    <DashboardSection id="dashboard-map" title={t('dashboard.map.title')} intro={t('dashboard.map.intro', { period: periodLabel(data.map.period) })}>
      <MapIndicatorPicker data={data} value={indicator} onChange={onIndicator} />
      {!subject ? <Text c="dimmed" size="sm">{t('dashboard.map.noSubject')}</Text> : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" className="dashboard-map-grid">
          <Stack gap={4}>
            <Text size="sm" fw={600} className="tidtam-lao">{subjectName}{unit ? ` (${unit})` : ''}</Text>
            <ProvinceMap provinces={provinces} words={words} height={height} label={t('dashboard.map.label', { name: subjectName })} failedText={t('dashboard.map.loadFailed')} />
            <Group gap={6}>
              <span aria-hidden="true" style={{ display: 'inline-block', width: 16, height: 12, background: NO_DATA_HEX, border: '1px solid #ced4da' }} />
              <Text size="xs">{t('dashboard.map.noData')}</Text>
            </Group>
            <Text size="xs" c="dimmed">{t('dashboard.map.attribution')}</Text>
          </Stack>
          <ProvinceValuesTable provinces={provinces} nameOf={nameOf} unit={unit} decimals={decimals} />
        </SimpleGrid>
      )}
    </DashboardSection>
  )
}
