import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useTarget } from '../api/plan-queries'
import { useNodeLabel } from '../features/framework/node-title'
import { PreviousPlanTargets } from '../features/targets/previous-plan-targets'
import { TargetFacts } from '../features/targets/target-facts'
import { TargetList } from '../features/targets/target-item'
import { AppLink } from '../ui/app-link'
import { BiText, useBi } from '../ui/bilingual'
import { EditorNote, MissingBadge } from '../ui/missing-note'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'
import { SourceLink } from '../ui/source-link'

const route = getRouteApi('/plans/$code/targets/$target')

/** One target: what it says, how it is measured, where it belongs, and its counterpart in the previous plan. */
export function TargetPage() {
  const { code, target: targetCode } = route.useParams()
  const { t } = useTranslation()
  const bi = useBi()
  const { plain } = useNodeLabel()
  const query = useTarget(code, targetCode)
  return (
    <QueryState query={query}>
      {(target) => (
        <Stack gap="lg">
          <PageTitle
            title={target.scope === 'overall' && target.no !== null ? t('target.overallNo', { no: target.no }) : t('target.titleCode', { code: target.code })}
            docTitle={target.code}
            subtitle={<Group gap="xs" component="span"><span>{t(`target.scope.${target.scope}`, { defaultValue: target.scope })}</span><SourceLink src={target.src} plan={code} /></Group>}
          />
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Text size="lg">{target.missing ? <MissingBadge /> : <BiText value={target.text} />}</Text>
              <TargetFacts target={target} />
              <EditorNote note={target.note} />
            </Stack>
          </Paper>
          <Stack gap={6}>
            {target.parent ? (
              <Text size="sm">{t('target.partOf')}: <AppLink to="/plans/$code/targets/$target" params={{ code, target: target.parent.code }}>{target.parent.code}</AppLink> — <BiText value={target.parent.text} /></Text>
            ) : null}
            {target.node ? (
              <Text size="sm">{t('target.belongsTo')}: <AppLink to="/plans/$code/nodes/$node" params={{ code, node: target.node.code }}>{plain(target.node)}</AppLink></Text>
            ) : null}
            {target.indicator ? (
              <Group gap="xs">
                <Text size="sm">{t('target.measuredBy')}:</Text>
                <AppLink to="/plans/$code/indicators/$indicator" params={{ code, indicator: target.indicator.code }} size="sm">
                  <span lang={bi(target.indicator.name)?.lang}>{bi(target.indicator.name)?.text ?? target.indicator.code}</span>
                </AppLink>
                {target.indicator.sdg ? <Badge variant="outline">SDG {target.indicator.sdg}</Badge> : null}
              </Group>
            ) : null}
          </Stack>
          {target.parts.length ? (
            <section aria-labelledby="h-parts">
              <Title order={2} id="h-parts" size="h3" mb="xs">{t('target.parts')}</Title>
              <TargetList plan={code} targets={target.parts} showNote />
            </section>
          ) : null}
          {target.previousPlan.length ? <PreviousPlanTargets plan={code} items={target.previousPlan} /> : null}
        </Stack>
      )}
    </QueryState>
  )
}
