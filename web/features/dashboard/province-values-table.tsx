import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ProvinceValue } from '../../api/dashboard-types'
import { useFormat } from '../../ui/format'

/** The map's numbers as a list, highest first, provinces without data last (readable without the map, and in print). */
export function ProvinceValuesTable({ provinces, nameOf, unit, decimals }: { provinces: ProvinceValue[]; nameOf: (iso: string) => string; unit: string; decimals: number }) {
  const { t } = useTranslation()
  const f = useFormat()
  const sorted = [...provinces].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || nameOf(a.iso).localeCompare(nameOf(b.iso)))
  return (
    <Table verticalSpacing={3} striped className="dashboard-province-values" data-testid="province-values">
      <Table.Caption className="dashboard-visually-hidden">{t('dashboard.map.tableCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboard.map.province')}</Table.Th>
          <Table.Th scope="col" className="num">{t('dashboard.map.value')}{unit ? ` (${unit})` : ''}</Table.Th>
          <Table.Th scope="col" className="num"><span className="dashboard-visually-hidden">{t('dashboard.drill.title')}</span></Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((p) => (
          <Table.Tr key={p.iso} data-iso={p.iso}>
            <Table.Td><Text size="sm">{nameOf(p.iso)}</Text></Table.Td>
            <Table.Td className="num">
              {p.value === null ? <Text size="sm" c="dimmed">{t('dashboard.map.noData')}</Text> : <Text size="sm" fw={600}>{f.number(p.value, decimals)}</Text>}
            </Table.Td>
            <Table.Td className="num"><Text size="xs" c="dimmed">{p.reports ? t('dashboard.map.reports', { count: p.reports }) : ''}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
