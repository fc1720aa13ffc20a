import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Completeness } from '../../api/dashboard-types'
import { BiText } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { usePeriodLabel } from './use-period-label'

/** Units whose report for the latest due period is not in: which form, which period, since when, and how far it got. */
export function OverdueUnitsTable({ overdue }: { overdue: Completeness['overdue'] }) {
  const { t } = useTranslation()
  const f = useFormat()
  const periodLabel = usePeriodLabel()
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped verticalSpacing={4} data-testid="overdue-units">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.drill.unit')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.completeness.dataSet')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.completeness.deadline')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.completeness.reportStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overdue.map((o) => (
            <Table.Tr key={`${o.unit.code}-${o.dataSet}-${o.period}`} data-unit={o.unit.code}>
              <Table.Td><Text size="sm"><BiText value={o.unit.name} empty={o.unit.code} /></Text></Table.Td>
              <Table.Td><Text size="sm"><BiText value={o.dataSetName} empty={o.dataSet} /> · {periodLabel(o.period)}</Text></Table.Td>
              <Table.Td><Text size="sm">{f.date(o.deadline)}</Text></Table.Td>
              <Table.Td><Text size="sm" c={o.status ? undefined : 'dimmed'}>{o.status ? t(`dashboard.completeness.reportStatuses.${o.status}`, { defaultValue: o.status }) : t('dashboard.completeness.notStarted')}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
