import { useEffect } from 'react'
import { Stack, Text, Title } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useFindings, useStatisticsTables } from '../api/reference-queries'
import { FindingCard } from '../features/findings/finding-card'
import { tableForSeries } from '../features/statistics/column-label'
import { useFormat } from '../ui/format'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'

const route = getRouteApi('/plans/$code/findings')
const ORDER = ['error', 'warning', 'info'] as const

/** Where the document disagrees with itself (sums vs printed totals, skipped numbers…): both figures, both lines. */
export function FindingsPage() {
  const { code } = route.useParams()
  const { focus } = route.useSearch()
  const { t } = useTranslation()
  const f = useFormat()
  const query = useFindings(code)
  const tables = useStatisticsTables(code)
  const tableCodes = tables.data?.map((x) => x.code) ?? []
  useEffect(() => {
    if (focus && query.data) document.getElementById(focus)?.scrollIntoView({ block: 'center' })
  }, [focus, query.data])
  return (
    <>
      <PageTitle title={t('finding.title')} subtitle={t('finding.subtitle')} docTitle={t('finding.title')} />
      <QueryState query={query}>
        {(list) => (
          <Stack gap="lg">
            {!list.length ? <Text c="dimmed">{t('finding.none')}</Text> : null}
            {ORDER.map((sev) => {
              const items = list.filter((x) => x.severity === sev)
              if (!items.length) return null
              return (
                <section key={sev} aria-labelledby={`h-${sev}`}>
                  <Title order={2} size="h3" id={`h-${sev}`} mb="xs">{t(`finding.severity.${sev}`)} ({f.number(items.length)})</Title>
                  <Stack gap="sm">
                    {items.map((fd) => <FindingCard key={fd.code} plan={code} finding={fd} tableFor={(s) => tableForSeries(s, tableCodes)} highlighted={fd.code === focus} />)}
                  </Stack>
                </section>
              )
            })}
          </Stack>
        )}
      </QueryState>
    </>
  )
}
