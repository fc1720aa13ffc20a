import { Anchor, Group, Paper, Stack, Title } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useOverview, useTargets, useTree } from '../api/plan-queries'
import type { NodeKind } from '../api/types'
import { buildTree } from '../features/framework/build-tree'
import { FrameworkTreeView } from '../features/framework/framework-tree'
import { TargetList } from '../features/targets/target-item'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'
import { useScrollToHash } from '../ui/use-scroll-to-hash'

const route = getRouteApi('/plans/$code/framework')

const SECTIONS: { id: string; kind: NodeKind }[] = [
  { id: 'outcomes', kind: 'outcome' },
  { id: 'focus-plans', kind: 'focus_plan' },
  { id: 'priority-tasks', kind: 'priority_task' },
  { id: 'supporting-programmes', kind: 'supporting_programme' },
  { id: 'supporting-projects', kind: 'supporting_project' },
]

/** The plan's results framework: outcomes, focus plans → programmes → targets, overall targets, priority tasks… */
export function FrameworkPage() {
  const { code } = route.useParams()
  const { t } = useTranslation()
  const treeQuery = useTree(code)
  const overview = useOverview(code)
  const overall = useTargets(code, 'overall')
  useScrollToHash(!!treeQuery.data && !!overall.data)
  return (
    <Stack gap="lg">
      <PageTitle title={t('framework.title')} subtitle={t('framework.subtitle')} docTitle={t('framework.title')} />
      <Paper withBorder p="xs" component="nav" aria-label={t('framework.sections')}>
        <Group gap="md" wrap="wrap">
          {SECTIONS.slice(0, 2).map((s) => <Anchor key={s.id} href={`#${s.id}`} size="sm">{t(`framework.section.${s.id}`)}</Anchor>)}
          <Anchor href="#overall-targets" size="sm">{t('framework.section.overall-targets')}</Anchor>
          {SECTIONS.slice(2).map((s) => <Anchor key={s.id} href={`#${s.id}`} size="sm">{t(`framework.section.${s.id}`)}</Anchor>)}
        </Group>
      </Paper>
      <QueryState query={treeQuery}>
        {(nodes) => {
          const tree = buildTree(nodes, overview.data?.missing)
          const section = (s: (typeof SECTIONS)[number]) => {
            const roots = tree.ofKind(s.kind)
            if (!roots.length) return null
            return (
              <section key={s.id} aria-labelledby={`h-${s.id}`}>
                <Title order={2} id={s.id} mb="xs"><span id={`h-${s.id}`}>{t(`framework.section.${s.id}`)}</span></Title>
                <FrameworkTreeView plan={code} tree={tree} roots={roots} label={t(`framework.section.${s.id}`)} startOpen={s.kind === 'focus_plan'} />
              </section>
            )
          }
          return (
            <>
              {SECTIONS.slice(0, 2).map(section)}
              <section aria-labelledby="h-overall-targets">
                <Title order={2} id="overall-targets" mb="xs"><span id="h-overall-targets">{t('framework.section.overall-targets')}</span>{overall.data ? ` (${overall.data.length})` : ''}</Title>
                <QueryState query={overall}>{(targets) => <TargetList plan={code} targets={targets} />}</QueryState>
              </section>
              {SECTIONS.slice(2).map(section)}
            </>
          )
        }}
      </QueryState>
    </Stack>
  )
}
