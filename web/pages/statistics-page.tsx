import { useEffect } from 'react'
import { Grid, NavLink, Paper, Stack, Text, Title } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useStatisticsTable, useStatisticsTables } from '../api/reference-queries'
import { StatisticsTableView } from '../features/statistics/statistics-table'
import { tableForSeries } from '../features/statistics/column-label'
import { NavItemLink } from '../ui/app-link'
import { BiText, useBi } from '../ui/bilingual'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'
import { SourceLink } from '../ui/source-link'

const route = getRouteApi('/plans/$code/statistics')

/** Annexes 6–8 (sector statistics) and budget annexes 1–3: pick a table, read it as printed. */
export function StatisticsPage() {
  const { code } = route.useParams()
  const { table, row } = route.useSearch()
  const { t } = useTranslation()
  const bi = useBi()
  const tables = useStatisticsTables(code)
  const codes = tables.data?.map((x) => x.code) ?? []
  const selected = table ?? (row ? tableForSeries(row, codes) : undefined) ?? codes[0]
  const detail = useStatisticsTable(code, selected)
  useEffect(() => {
    if (row && detail.data) document.getElementById(row)?.scrollIntoView({ block: 'center' })
  }, [row, detail.data])
  return (
    <>
      <PageTitle title={t('statistics.title')} subtitle={t('statistics.subtitle')} docTitle={t('statistics.title')} />
      <QueryState query={tables}>
        {(list) => (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 3 }}>
              <Paper withBorder p={4} component="nav" aria-label={t('statistics.tables')}>
                {(['budget', 'statistics'] as const).map((cat) => {
                  const items = list.filter((x) => x.category === cat)
                  if (!items.length) return null
                  return (
                    <Stack key={cat} gap={0} mb="xs">
                      <Text size="xs" fw={700} c="dimmed" px="sm" pt="xs">{t(`statistics.category.${cat}`)}</Text>
                      {items.map((x) => (
                        <NavItemLink key={x.code} to="/plans/$code/statistics" params={{ code }} search={{ table: x.code }} active={x.code === selected}
                          aria-current={x.code === selected ? 'page' : undefined}
                          label={<Text size="sm" lineClamp={3} lang={bi(x.title)?.lang}>{bi(x.title)?.text ?? x.code}</Text>} />
                      ))}
                    </Stack>
                  )
                })}
                {!list.length ? <NavLink label={t('statistics.none')} disabled /> : null}
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 9 }}>
              {selected ? (
                <QueryState query={detail}>
                  {(tbl) => (
                    <Stack gap="xs">
                      <Title order={2} size="h3"><BiText value={tbl.title} empty={tbl.code} /></Title>
                      <Text size="sm" c="dimmed">{tbl.code} · {t(`statistics.category.${tbl.category}`)} <SourceLink src={tbl.src} plan={code} /></Text>
                      {tbl.sourceNote ? <Text size="sm">{tbl.sourceNote}</Text> : null}
                      {tbl.note ? (
                        <details>
                          <summary style={{ cursor: 'pointer' }}><Text span size="xs" c="dimmed">{t('missing.noteLabel')}</Text></summary>
                          <Text size="xs" c="dimmed" lang="en">{tbl.note}</Text>
                        </details>
                      ) : null}
                      <StatisticsTableView plan={code} table={tbl} highlightRow={row} />
                    </Stack>
                  )}
                </QueryState>
              ) : null}
            </Grid.Col>
          </Grid>
        )}
      </QueryState>
    </>
  )
}
