import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DrillDownItem } from '../../api/dashboard-types'
import { BiText } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { usePeriodLabel } from './use-period-label'

/** The entries behind a number: which unit reported what, for which period, approved when; superseded ones are marked. */
export function DrillDownTable({ items }: { items: DrillDownItem[] }) {
  const { t } = useTranslation()
  const f = useFormat()
  const periodLabel = usePeriodLabel()
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing={6} data-testid="drill-down-items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.drill.unit')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.drill.period')}</Table.Th>
            <Table.Th scope="col" className="num">{t('dashboard.drill.value')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.drill.approvedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.reportId}-${item.option?.code ?? ''}`} data-report={item.reportId} data-counted={item.counted}>
              <Table.Td>
                <Text size="sm"><BiText value={item.unit.name} empty={item.unit.code} /></Text>
                <Text size="xs" c="dimmed">{t('dashboard.drill.report', { id: item.reportId })} · <BiText value={item.dataSetName} empty={item.dataSet} /></Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{periodLabel(item.period)}</Text>
                {item.option ? <Text size="xs" c="dimmed">{t('dashboard.drill.option')}: <BiText value={item.option.name} empty={item.option.code} /></Text> : null}
              </Table.Td>
              <Table.Td className="num">
                <Text size="sm" fw={600} td={item.counted ? undefined : 'line-through'}>{f.number(item.value)}</Text>
                {item.counted ? null : <Badge color="gray" variant="light" title={t('dashboard.drill.notCounted')}>{t('dashboard.drill.notCounted')}</Badge>}
              </Table.Td>
              <Table.Td><Text size="sm">{f.dateTime(item.approvedAt)}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
