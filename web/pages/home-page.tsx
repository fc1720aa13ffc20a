import { Stack, Text } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useOverview, usePlan } from '../api/plan-queries'
import { MissingItems } from '../features/overview/missing-items'
import { OverviewCounts } from '../features/overview/overview-counts'
import { PlanStatements } from '../features/overview/plan-statements'
import { useBi } from '../ui/bilingual'
import { useFormat } from '../ui/format'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'
import { SourceLink } from '../ui/source-link'

const route = getRouteApi('/plans/$code')

/** The plan at a glance: name, period, vision and goal, counts, and what the document lost. */
export function HomePage() {
  const { code } = route.useParams()
  const { t } = useTranslation()
  const bi = useBi()
  const f = useFormat()
  const plan = usePlan(code)
  const overview = useOverview(code)
  return (
    <QueryState query={plan}>
      {(p) => (
        <Stack gap="lg">
          <PageTitle
            title={<span lang={bi(p.name)?.lang}>{bi(p.name)?.text ?? p.code}</span>}
            docTitle={bi(p.name)?.text ?? p.code}
            subtitle={
              <>
                {t('overview.period', { start: String(p.period.start), end: String(p.period.end) })}
                {p.meta.document?.signed ? ` · ${t('overview.signed', { date: f.date(p.meta.document.signed) })}` : ''}
                {p.isDemo ? ` · ${t('overview.demo')}` : ''} <SourceLink src={p.meta.document?.title?.src ?? p.src} plan={code} />
              </>
            }
          />
          <QueryState query={overview}>{(o) => <OverviewCounts plan={code} overview={o} />}</QueryState>
          <PlanStatements plan={p} />
          {overview.data ? <MissingItems plan={code} items={overview.data.missing} /> : null}
          {p.previous.length ? (
            <Text size="sm" c="dimmed">
              {t('overview.previous')}: {p.previous.map((x) => `${bi(x.name)?.text ?? x.code} (${x.period.start}–${x.period.end})`).join('; ')}
            </Text>
          ) : null}
        </Stack>
      )}
    </QueryState>
  )
}
