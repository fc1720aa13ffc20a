import { lazy, Suspense, useMemo } from 'react'
import { Badge, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useIndicator } from '../api/plan-queries'
import type { IndicatorDetail } from '../api/types'
import type { ChartInput } from '../features/indicators/chart-option'
import { FONT_STACK } from '../theme'
import { AppLink } from '../ui/app-link'
import { BiText, useBi } from '../ui/bilingual'
import { useFormat } from '../ui/format'
import { EditorNote } from '../ui/missing-note'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'
import { SourceLink } from '../ui/source-link'

const IndicatorChart = lazy(() => import('../features/indicators/indicator-chart'))
const route = getRouteApi('/plans/$code/indicators/$indicator')

/** An indicator: its history as printed in the plan, a chart with the dashed line to its 2025 target, and its targets. */
export function IndicatorPage() {
  const { code, indicator } = route.useParams()
  const { t } = useTranslation()
  const bi = useBi()
  const query = useIndicator(code, indicator)
  return (
    <QueryState query={query}>
      {(ind) => (
        <Stack gap="lg">
          <PageTitle
            title={<BiText value={ind.name} empty={ind.code} />}
            docTitle={bi(ind.name)?.text ?? ind.code}
            subtitle={
              <Group gap="xs" component="span" wrap="wrap">
                <span>{ind.code}</span>
                {bi(ind.unit) ? <span>· {t('indicator.unit')}: {bi(ind.unit)?.text}</span> : null}
                {ind.sdg ? <Badge variant="outline">SDG {ind.sdg}</Badge> : null}
                <SourceLink src={ind.src} plan={code} />
              </Group>
            }
          />
          <EditorNote note={ind.note} />
          <ChartSection ind={ind} />
          <ValuesTable plan={code} ind={ind} />
          {ind.targets.length ? (
            <section aria-labelledby="h-bound">
              <Title order={2} id="h-bound" size="h3" mb="xs">{t('indicator.targets')}</Title>
              <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {ind.targets.map((tg) => (
                  <li key={tg.code}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <AppLink to="/plans/$code/targets/$target" params={{ code, target: tg.code }} size="sm" ff="monospace">{tg.code}</AppLink>
                      <Text size="sm"><BiText value={tg.text} /> <SourceLink src={tg.src} plan={code} /></Text>
                    </Group>
                  </li>
                ))}
              </Stack>
            </section>
          ) : null}
          {ind.findings.length ? (
            <section aria-labelledby="h-ind-findings">
              <Title order={2} id="h-ind-findings" size="h3" mb="xs">{t('nav.findings')}</Title>
              {ind.findings.map((fd) => (
                <Text key={fd.code} size="sm"><AppLink to="/plans/$code/findings" params={{ code }} search={{ focus: fd.code }}><BiText value={fd.title} /></AppLink></Text>
              ))}
            </section>
          ) : null}
        </Stack>
      )}
    </QueryState>
  )
}

function ChartSection({ ind }: { ind: IndicatorDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  const bi = useBi()
  const unit = bi(ind.unit)?.text ?? ''
  const input = useMemo<ChartInput>(() => ({
    values: ind.values.map((v) => ({ period: v.period, value: v.value })),
    target: ind.target ? { year: ind.target.year, value: ind.target.value } : null,
    labels: { actual: t('indicator.actual'), target: t('indicator.targetLine', { year: ind.target?.year ?? '' }), unit },
    formatNumber: (v) => f.number(v, ind.decimals ?? 2),
    fontFamily: FONT_STACK,
  }), [ind, t, f, unit])
  if (!ind.values.some((v) => v.value !== null) && !ind.target) {
    return <Text c="dimmed">{t('indicator.noValues')}</Text>
  }
  return (
    <Paper withBorder p="md" radius="md">
      <Suspense fallback={<Group h={340} justify="center"><Loader size="sm" /></Group>}>
        <IndicatorChart input={input} label={t('indicator.chartLabel', { name: bi(ind.name)?.text ?? ind.code })} />
      </Suspense>
      {ind.target ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('indicator.targetText', { year: String(ind.target.year), value: f.number(ind.target.value), unit })} <SourceLink src={ind.target.src} />
        </Text>
      ) : null}
    </Paper>
  )
}

function ValuesTable({ plan, ind }: { plan: string; ind: IndicatorDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  if (!ind.values.length) return null
  return (
    <Table withTableBorder striped maw={560} data-testid="indicator-values">
      <Table.Caption>{t('indicator.valuesCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr><Table.Th scope="col">{t('indicator.period')}</Table.Th><Table.Th scope="col" className="num">{t('indicator.value')}</Table.Th><Table.Th scope="col">{t('source.column')}</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ind.values.map((v) => (
          <Table.Tr key={v.period}>
            <Table.Th scope="row" fw={400}>{v.period}</Table.Th>
            <Table.Td className="num">
              {f.number(v.value, ind.decimals ?? 2)}
              {v.raw ? <Text span size="xs" c="dimmed"> ({t('indicator.printed')}: {v.raw})</Text> : null}
              {v.isDemo ? <Badge ml={4} color="yellow" variant="light">{t('overview.demo')}</Badge> : null}
            </Table.Td>
            <Table.Td><SourceLink src={v.src} plan={plan} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
