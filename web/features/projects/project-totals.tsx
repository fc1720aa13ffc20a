import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { KeyedAmount, ProjectList } from '../../api/types'
import { useFormat } from '../../ui/format'
import { useMoney } from '../../ui/money'

/** One row per key; kip and USD in separate columns so nothing invites adding them. */
function AmountTable({ title, rows, keyLabel, labelFor }: { title: string; rows: KeyedAmount[]; keyLabel: string; labelFor: (key: string) => string }) {
  const { t } = useTranslation()
  const f = useFormat()
  const money = useMoney()
  const keys = [...new Set(rows.map((r) => r.key))]
  const currencies = [...new Set(rows.map((r) => r.currency))]
  const cell = (key: string, currency: string) => rows.find((r) => r.key === key && r.currency === currency)
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={3} size="h4" mb={4}>{title}</Title>
      <Table.ScrollContainer minWidth={300}>
        <Table withRowBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{keyLabel}</Table.Th>
              {currencies.map((c) => <Table.Th key={c} scope="col" className="num">{t(`currency.name.${c}`, { defaultValue: c })}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.map((k) => (
              <Table.Tr key={k}>
                <Table.Th scope="row" fw={500}>{labelFor(k)}</Table.Th>
                {currencies.map((c) => {
                  const r = cell(k, c)
                  return (
                    <Table.Td key={c} className="num">
                      {r ? <>{money(r.amount, c)}<Text size="xs" c="dimmed">{t('overview.projectsIn', { n: f.number(r.count) })}</Text></> : '—'}
                    </Table.Td>
                  )
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}

/** Projects starting and running each year: one row per currency, years across (compact on wide screens). */
function YearTable({ rows }: { rows: ProjectList['totals']['byYear'] }) {
  const { t } = useTranslation()
  const f = useFormat()
  const money = useMoney()
  const years = [...new Set(rows.map((r) => r.year))]
  const currencies = [...new Set(rows.map((r) => r.currency))]
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={3} size="h4" mb={4}>{t('project.totals.byYear')}</Title>
      <Table.ScrollContainer minWidth={120 + years.length * 130}>
        <Table withRowBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('project.currency')}</Table.Th>
              {years.map((y) => <Table.Th key={y} scope="col" className="num">{y}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {currencies.map((c) => (
              <Table.Tr key={c}>
                <Table.Th scope="row" fw={500}>{t(`currency.name.${c}`, { defaultValue: c })}</Table.Th>
                {years.map((y) => {
                  const r = rows.find((x) => x.year === y && x.currency === c)
                  return (
                    <Table.Td key={y} className="num">
                      {r ? <>
                        <Text size="sm">{t('project.totals.running', { n: f.number(r.running) })}</Text>
                        <Text size="xs" c="dimmed">{t('project.totals.starting', { n: f.number(r.starting) })}</Text>
                        {r.starting ? <Text size="xs" c="dimmed">{money(r.startingAmount, c)}</Text> : null}
                      </> : '—'}
                    </Table.Td>
                  )
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}

export function ProjectTotals({ totals, focusPlanName }: { totals: ProjectList['totals']; focusPlanName: (code: string) => string }) {
  const { t } = useTranslation()
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <AmountTable title={t('project.totals.byFocusPlan')} rows={totals.byFocusPlan} keyLabel={t('project.focusPlan')} labelFor={focusPlanName} />
        <AmountTable title={t('project.totals.byFunding')} rows={totals.byFunding} keyLabel={t('project.funding')} labelFor={(k) => t(`funding.${k}`, { defaultValue: k })} />
      </SimpleGrid>
      <YearTable rows={totals.byYear} />
    </Stack>
  )
}
