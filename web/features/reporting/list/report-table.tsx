import { Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Bi } from '../../../api/types'
import type { ReportKey, ReportStatus } from '../../../api/reporting-types'
import { AppLink } from '../../../ui/app-link'
import { useBi } from '../../../ui/bilingual'
import { useFormat } from '../../../ui/format'
import { StatusBadge } from '../workflow/status-badge'

export type ReportRow = {
  key: ReportKey; dataSet: Bi; unit: Bi; period: Bi
  deadline: string; status: ReportStatus | 'not_started'; overdue: boolean; note?: string | null
}

/**
 * Reports as a table: unit and period (a link to the form) with its state, the form, the deadline. On a phone the form
 * and the deadline move under the report's name (a scrolled-away column would hide when it is due).
 */
export function ReportTable({ rows, testId }: { rows: ReportRow[]; testId: string }) {
  const { t } = useTranslation()
  const bi = useBi()
  const fmt = useFormat()
  return (
    <Table striped highlightOnHover data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reporting.table.report')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('reporting.table.form')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('reporting.table.deadline')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={`${r.key.dataSet}/${r.key.unit}/${r.key.period}`} data-testid="report-row" data-unit={r.key.unit} data-period={r.key.period} data-data-set={r.key.dataSet} data-status={r.status}>
            <Table.Td>
              <AppLink to="/plans/$code/reports/$dataSet/$unit/$period" params={{ code: r.key.plan, dataSet: r.key.dataSet, unit: r.key.unit, period: r.key.period }} fw={600} data-testid="open-report">
                {bi(r.unit)?.text ?? r.key.unit} · <span style={{ whiteSpace: 'nowrap' }}>{bi(r.period)?.text ?? r.key.period}</span>
              </AppLink>
              <Group gap={4} mt={2}><StatusBadge status={r.status} overdue={r.overdue} /></Group>
              <Text hiddenFrom="sm" size="sm" mt={2} data-testid="report-row-due">
                <Text span inherit c={r.overdue ? 'red.8' : undefined} fw={r.overdue ? 600 : undefined}>{t('reporting.deadline', { date: fmt.date(r.deadline) })}</Text>
                <Text span inherit c="dimmed"> · {bi(r.dataSet)?.text ?? r.key.dataSet}</Text>
              </Text>
              {r.note ? <Text size="xs" c="dimmed">{r.note}</Text> : null}
            </Table.Td>
            <Table.Td visibleFrom="sm"><Text size="sm">{bi(r.dataSet)?.text ?? r.key.dataSet}</Text></Table.Td>
            <Table.Td visibleFrom="sm"><Text size="sm" c={r.overdue ? 'red.8' : undefined} style={{ whiteSpace: 'nowrap' }}>{fmt.date(r.deadline)}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
