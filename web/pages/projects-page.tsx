import { Group, Stack, Text, Title } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useOverview } from '../api/plan-queries'
import { useProjects } from '../api/reference-queries'
import { CurrencyTotals } from '../features/projects/currency-totals'
import { ProjectFilters } from '../features/projects/project-filters'
import { ProjectTable } from '../features/projects/project-table'
import { ProjectTotals } from '../features/projects/project-totals'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'

const route = getRouteApi('/plans/$code/projects')

/** Annex 9: the plan's projects, filterable (filters in the URL), with totals by focus plan, funding and year. */
export function ProjectsPage() {
  const { code } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { t } = useTranslation()
  const overview = useOverview(code)
  const query = useProjects(code, search)
  const focusPlanName = (k: string) => (k === 'ODA' ? t('project.filter.oda') : k)
  return (
    <Stack gap="md">
      <PageTitle title={t('project.title')} subtitle={t('project.subtitle')} docTitle={t('project.title')} />
      <ProjectFilters value={search} overview={overview.data} onChange={(v) => void navigate({ search: v, replace: true })} />
      <QueryState query={query}>
        {(list) => (
          <Stack gap="md" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
            <Group gap="sm" wrap="wrap" aria-live="polite">
              <Text fw={600}>{t('project.found', { count: list.items.length, n: list.items.length })}</Text>
              <CurrencyTotals rows={list.totals.all} testId="project-totals" />
            </Group>
            <Text size="xs" c="dimmed">{t('project.currencyNote')}</Text>
            <ProjectTotals totals={list.totals} focusPlanName={focusPlanName} />
            <Title order={2} size="h3">{t('project.listTitle')}</Title>
            <ProjectTable plan={code} projects={list.items} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
