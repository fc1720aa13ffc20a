import { Badge, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SearchResult } from '../../api/types'
import { BiText } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'
import { SourceLink } from '../../ui/source-link'
import { TargetLink } from './result-link'
import { groupResults, routeFor } from './result-route'

/** Results grouped by type (framework, targets, indicators, projects…), each linking to its page and its line. */
export function SearchResults({ results, fallbackPlan }: { results: SearchResult[]; fallbackPlan?: string }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <Stack gap="lg" data-testid="search-results">
      {groupResults(results).map((g) => (
        <section key={g.type} aria-labelledby={`h-type-${g.type}`} data-type={g.type}>
          <Title order={2} size="h3" id={`h-type-${g.type}`} mb="xs">{t(`search.types.${g.type}`, { defaultValue: g.type })} ({f.number(g.items.length)})</Title>
          <Stack gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {g.items.map((r) => {
              const plan = r.plan ?? fallbackPlan
              const target = plan ? routeFor(r.type, r.code, plan) : null
              return (
                <li key={`${r.type}-${r.code}`} data-code={r.code}>
                  <Group gap={8} wrap="nowrap" align="flex-start">
                    <Badge variant="outline" color="gray" style={{ flexShrink: 0 }} ff="monospace">{r.code}</Badge>
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <TargetLink target={target}><BiText value={r.title} empty={r.code} /></TargetLink>
                      {plan ? <Group gap="xs"><SourceLink src={r.src} plan={plan} />{r.plan && r.plan !== fallbackPlan ? <Text size="xs" c="dimmed">{r.plan}</Text> : null}</Group> : null}
                    </Stack>
                  </Group>
                </li>
              )
            })}
          </Stack>
        </section>
      ))}
    </Stack>
  )
}
