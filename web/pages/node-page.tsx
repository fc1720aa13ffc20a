import { Breadcrumbs, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useNode } from '../api/plan-queries'
import { NodeTitle, useNodeLabel } from '../features/framework/node-title'
import { CurrencyTotals } from '../features/projects/currency-totals'
import { ProjectTable } from '../features/projects/project-table'
import { TargetList } from '../features/targets/target-item'
import { AppLink } from '../ui/app-link'
import { EditorNote, MissingBadge } from '../ui/missing-note'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'
import { SourceLink } from '../ui/source-link'

const route = getRouteApi('/plans/$code/nodes/$node')

/** A framework node (outcome, focus plan, programme…): where it sits, what it holds, and its targets and projects. */
export function NodePage() {
  const { code, node: nodeCode } = route.useParams()
  const { t } = useTranslation()
  const { plain } = useNodeLabel()
  const query = useNode(code, nodeCode)
  return (
    <QueryState query={query}>
      {(node) => (
        <Stack gap="lg">
          <Breadcrumbs separator="›" separatorMargin={6} aria-label={t('node.breadcrumb')} styles={{ root: { flexWrap: 'wrap' } }}>
            <AppLink to="/plans/$code/framework" params={{ code }} size="sm">{t('framework.title')}</AppLink>
            {node.breadcrumb.slice(0, -1).map((b) => (
              <AppLink key={b.code} to="/plans/$code/nodes/$node" params={{ code, node: b.code }} size="sm" lineClamp={1} maw={320}>{plain(b)}</AppLink>
            ))}
          </Breadcrumbs>
          <PageTitle
            title={<NodeTitle node={node} />}
            docTitle={plain(node)}
            subtitle={
              <Group gap="xs" component="span" wrap="wrap">
                <span>{t(`kind.${node.kind}`)} · {node.code}</span>
                <SourceLink src={node.src} plan={code} />
                {node.alsoSrc.map((s) => <SourceLink key={String(s)} src={s} plan={code} label={t('node.alsoAt')} />)}
              </Group>
            }
          />
          {node.missing || node.titleMissing || node.note || node.see.length ? (
            <Paper withBorder p="md" radius="md" bg={node.missing ? 'gray.0' : undefined}>
              <Stack gap="xs">
                {node.missing ? <Group gap="xs"><MissingBadge /><Text size="sm">{t('missing.explain')}</Text></Group> : null}
                {node.titleMissing && !node.name.lo && !node.name.en ? <Group gap="xs"><MissingBadge kind="titleLost" /><Text size="sm">{t('missing.explainTitle')}</Text></Group> : null}
                <EditorNote note={node.note} />
                {node.see.length ? (
                  <Group gap="xs"><Text size="sm">{t('node.see')}:</Text>{node.see.map((s) => <SourceLink key={String(s)} src={s} plan={code} />)}</Group>
                ) : null}
              </Stack>
            </Paper>
          ) : null}
          {node.links.length ? (
            <section aria-labelledby="h-links">
              <Title order={2} id="h-links" size="h3">{t('node.linkedTo')}</Title>
              <List>{node.links.map((l) => (
                <List.Item key={l.code}><AppLink to="/plans/$code/nodes/$node" params={{ code, node: l.code }}>{plain(l)}</AppLink></List.Item>
              ))}</List>
            </section>
          ) : null}
          {node.children.length ? (
            <section aria-labelledby="h-children">
              <Title order={2} id="h-children" size="h3">{t('node.children', { count: node.children.length })}</Title>
              <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {node.children.map((c) => (
                  <li key={c.code} data-code={c.code}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <AppLink to="/plans/$code/nodes/$node" params={{ code, node: c.code }} c={c.missing ? 'dimmed' : undefined}><NodeTitle node={c} /></AppLink>
                      <SourceLink src={c.src} plan={code} />
                    </Group>
                  </li>
                ))}
              </Stack>
            </section>
          ) : null}
          {node.targets.length || ['programme', 'orphan_group'].includes(node.kind) ? (
            <section aria-labelledby="h-targets">
              <Title order={2} id="h-targets" size="h3" mb="xs">{t('node.targets', { count: node.targets.length })}</Title>
              <TargetList plan={code} targets={node.targets} showNote />
            </section>
          ) : null}
          {node.projects.length ? (
            <section aria-labelledby="h-projects">
              <Group justify="space-between" mb="xs" wrap="wrap">
                <Title order={2} id="h-projects" size="h3">{t('node.projects', { count: node.projects.length })}</Title>
                <AppLink to="/plans/$code/projects" params={{ code }} search={{ focusPlan: node.code }} size="sm">{t('node.allProjects')}</AppLink>
              </Group>
              <CurrencyTotals rows={node.projects.map((p) => ({ currency: p.currency, count: 1, amount: p.amount ?? 0 }))} />
              <ProjectTable plan={code} projects={node.projects} showFocusPlan={false} />
            </section>
          ) : null}
        </Stack>
      )}
    </QueryState>
  )
}
