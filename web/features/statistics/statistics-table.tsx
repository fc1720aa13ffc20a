import { Table, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Series, StatisticsTable } from '../../api/types'
import { BiText, useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { SourceLink } from '../../ui/source-link'
import { columnLabel, groupColumns } from './column-label'

function depthOf(s: Series, byCode: Map<string, Series>): number {
  let d = 0
  let p = s.parentCode
  while (p && byCode.has(p) && d < 6) { d++; p = byCode.get(p)!.parentCode }
  return d
}

/** A statistics/budget table as printed: rows indented under their parents, printed totals in bold, raw cells on hover. */
export function StatisticsTableView({ plan, table, highlightRow }: { plan: string; table: StatisticsTable; highlightRow?: string }) {
  const { t } = useTranslation()
  const f = useFormat()
  const bi = useBi()
  const groups = groupColumns(table.columns)
  const hasGroups = groups.some((g) => g.group !== null)
  const byCode = new Map(table.series.map((s) => [s.code, s]))
  const label = (token: string) => columnLabel(token, t)
  return (
    <Table.ScrollContainer minWidth={Math.max(560, 160 + table.columns.length * 90)}>
      <Table withTableBorder withColumnBorders striped data-testid="statistics-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={hasGroups ? 2 : 1}>{t('statistics.row')}</Table.Th>
            <Table.Th scope="col" rowSpan={hasGroups ? 2 : 1}>{t('statistics.unit')}</Table.Th>
            {groups.map((g, i) => g.group === null
              ? g.columns.map((c) => <Table.Th key={c.id} scope="col" className="num" rowSpan={hasGroups ? 2 : 1}>{label(c.leaf)}</Table.Th>)
              : <Table.Th key={`${g.group}-${i}`} scope="colgroup" colSpan={g.columns.length} ta="center">{label(g.group)}</Table.Th>)}
            <Table.Th scope="col" rowSpan={hasGroups ? 2 : 1}>{t('source.column')}</Table.Th>
          </Table.Tr>
          {hasGroups ? (
            <Table.Tr>
              {groups.filter((g) => g.group !== null).flatMap((g) => g.columns.map((c) => <Table.Th key={c.id} scope="col" className="num">{label(c.leaf)}</Table.Th>))}
            </Table.Tr>
          ) : null}
        </Table.Thead>
        <Table.Tbody>
          {table.series.map((s) => (
            <Table.Tr key={s.code} id={s.code} bg={highlightRow === s.code ? 'yellow.1' : undefined} fw={s.statedTotal ? 700 : undefined}>
              <Table.Th scope="row" fw={s.statedTotal ? 700 : 400} style={{ paddingLeft: 8 + depthOf(s, byCode) * 16, minWidth: 220 }}>
                {s.row ? <Text span c="dimmed" size="sm">{s.row} </Text> : null}<BiText value={s.name} />
              </Table.Th>
              <Table.Td><Text size="sm">{bi(s.unit)?.text ?? ''}</Text></Table.Td>
              {table.columns.map((c) => {
                const v = s.values[c]
                const raw = s.raw[c]
                const text = v === undefined ? '' : f.number(v)
                return (
                  <Table.Td key={c} className="num">
                    {raw ? <Tooltip label={`${t('indicator.printed')}: ${raw}`}><span tabIndex={0} style={{ textDecoration: 'underline dotted' }}>{text || raw}</span></Tooltip> : text}
                  </Table.Td>
                )
              })}
              <Table.Td><SourceLink src={s.src} plan={plan} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
